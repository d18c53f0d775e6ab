import type { StatedFact } from './corpus-types.ts';

/** A report before it is rendered as a text file, a markdown file or a web page. */
export interface TableCell {
  text: string;
  rowspan?: number;
  colspan?: number;
}

export type TableRows = TableCell[][];

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'table'; rows: TableRows };

export interface ReportDocument {
  /** One or two lines: "张店区科学技术局" / "2018年政府信息公开工作年度报告". */
  titleLines: string[];
  blocks: Block[];
  /** Agency and date under the report. */
  signature: string[];
  facts: StatedFact[];
}

/** A sentence (or clause run) and the figures it states. */
export interface Phrased {
  text: string;
  facts: StatedFact[];
}

export type FactDraft = Omit<StatedFact, 'phrasing' | 'quote' | 'qualifier' | 'scope' | 'dims' | 'unit'> &
  Partial<Pick<StatedFact, 'qualifier' | 'scope' | 'dims' | 'unit'>>;

/** A phrasing of some figures: the facts take the phrasing id and the sentence as their quote. */
export function phrased(phrasing: string, text: string, drafts: FactDraft[]): Phrased {
  const facts = drafts.map((d) => ({
    metric: d.metric, dims: d.dims ?? {}, value: d.value, unit: d.unit ?? '件', qualifier: d.qualifier ?? null,
    scope: d.scope ?? 'year', phrasing, quote: text,
  }));
  return { text, facts };
}

/** Sentences joined into one paragraph. */
export function joinPhrased(parts: Phrased[]): Phrased {
  return { text: parts.map((p) => p.text).join(''), facts: parts.flatMap((p) => p.facts) };
}

/** Builds the block list and collects the facts of every paragraph and table added. */
export class DocumentBuilder {
  readonly blocks: Block[] = [];
  readonly facts: StatedFact[] = [];

  heading(text: string): this {
    this.blocks.push({ kind: 'heading', text });
    return this;
  }

  subheading(text: string): this {
    this.blocks.push({ kind: 'subheading', text });
    return this;
  }

  para(...parts: (Phrased | string)[]): this {
    const ps = parts.map((p) => (typeof p === 'string' ? { text: p, facts: [] } : p));
    const joined = joinPhrased(ps);
    if (joined.text) this.blocks.push({ kind: 'para', text: joined.text });
    this.facts.push(...joined.facts);
    return this;
  }

  table(rows: TableRows, facts: StatedFact[]): this {
    this.blocks.push({ kind: 'table', rows });
    this.facts.push(...facts);
    return this;
  }

  build(titleLines: string[], signature: string[]): ReportDocument {
    return { titleLines, blocks: this.blocks, signature, facts: this.facts };
  }
}
