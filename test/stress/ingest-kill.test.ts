import { describe } from 'vitest';
import { describeIngestKill } from '../reliability/describe-ingest-kill.ts';

describe('stress: kill -9 during ingest of 300 reports', () => describeIngestKill(300, [1, 30, 100, 180, 250, 285]));
