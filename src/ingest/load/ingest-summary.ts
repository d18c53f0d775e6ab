import type { Problem } from '../../model/fact.ts';

/** What one ingest run did, file by file, and what the store holds after it. */
export interface IngestSummary {
  loaded: string[];
  unchanged: string[];
  failed: { file: string; problems: Problem[] }[];
  removed: string[];
  /** Totals of what the store holds after the run. */
  reports: number;
  sections: number;
  facts: number;
  problems: number;
}

/** How far a run has got: sent after each batch is committed. */
export interface IngestProgress {
  /** Files handled so far (loaded, unchanged or failed), of `total` listed. */
  done: number;
  total: number;
  loaded: number;
  failed: number;
}

export const emptySummary = (): IngestSummary => ({ loaded: [], unchanged: [], failed: [], removed: [], reports: 0, sections: 0, facts: 0, problems: 0 });
