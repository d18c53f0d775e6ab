import type { Understanding } from '../nlu/understand-question.ts';
import type { Lang } from './messages.ts';

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

/**
 * A button/suggestion: what to show, the question it stands for, and (for the bot's own follow-ups)
 * the slot values it asks with — the question read before with another agency or year, or slots built
 * from the store — so that pressing it answers from those values and reads no text again. `intent`: the
 * answer it goes to (set by the engine from the question that offered it).
 */
export interface ReplyOption {
  label: string;
  question: string;
  slots?: Understanding;
  intent?: string;
}

/** A line of the reply by kind, so an interface can style it (a citation in italics) without reading it. */
export type ReplyLineKind = 'text' | 'figure' | 'item' | 'note' | 'warning' | 'source' | 'quote' | 'more';

export interface ReplyLine {
  kind: ReplyLineKind;
  text: string;
}

export interface Reply {
  status: ReplyStatus;
  /** The lines joined: the reply as plain text. */
  text: string;
  facts: ReplyFact[];
  options: ReplyOption[];
  /** The language the reply is written in: the question's. */
  lang?: Lang;
  /** The reply line by line, each with its kind (what `text` joins). */
  lines?: ReplyLine[];
}
