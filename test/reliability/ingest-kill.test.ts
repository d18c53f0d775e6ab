import { describeIngestKill } from './describe-ingest-kill.ts';

// 120 generated reports; kill -9 after 5, 40 and 80 have committed. The stress suite: 300 reports, 6 kills.
describeIngestKill(120, [5, 40, 80]);
