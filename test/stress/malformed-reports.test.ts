import { describe } from 'vitest';
import { describeMalformedReports } from '../reliability/describe-malformed-reports.ts';

describe('stress: malformed reports with a 50 MB file', () => describeMalformedReports(50));
