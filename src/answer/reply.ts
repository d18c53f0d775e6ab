/** What a user is told. `facts` are the figures the text states, each with its source. */
export type ReplyStatus = 'answered' | 'clarify' | 'not_found' | 'not_understood';

export interface ReplySource {
  /** Report title. */
  report: string;
  /** Section heading with its number. */
  section: string;
  quote: string;
}

export interface ReplyFact {
  agency: string;
  year: number;
  metric: string;
  label: string;
  value: number;
  unit: string;
  qualifier: string | null;
  source: ReplySource;
}

/** A button/suggestion: what to show and the question it sends. */
export interface ReplyOption {
  label: string;
  question: string;
}

export interface Reply {
  status: ReplyStatus;
  text: string;
  facts: ReplyFact[];
  options: ReplyOption[];
}
