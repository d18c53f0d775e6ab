import { describeMalformedReports } from './describe-malformed-reports.ts';

// The stress suite runs the same cases with a 50 MB report.
describeMalformedReports(5);
