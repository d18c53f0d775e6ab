/**
 * Converts a published report page to plain text lines. Government sites wrap the report in
 * navigation, breadcrumbs and footers; those are dropped, and the statistics tables are flattened
 * into `| a | b |` lines with rowspan/colspan expanded so every row can be read on its own.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

type Element = T.Element;
type Node = T.ChildNode | T.ParentNode;

/** Never hold report text. */
const HARD_DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'head']);
/** Page furniture; kept only when they wrap the whole page (ASP.NET sites put everything in a <form>). */
const SOFT_DROP_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form']);
const SOFT_DROP_NAME = /nav|menu|breadcrumb|footer|header|sidebar|share|crumb|toolbar/i;
/** A soft-drop element holding more than this share of the page's CJK text is a wrapper, not furniture. */
const WRAPPER_SHARE = 0.7;
const CONTENT_TAGS = new Set(['main', 'article']);
const CONTENT_NAME = /content|article|zoom|text/i;
/** A content candidate must hold more than this share of the body's CJK text. */
const CONTENT_SHARE = 0.5;
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** Wide characters: a source line break between two of them is not a space (CSS Text segment-break rule). */
const WIDE = '\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
/** Private-use marker for "whitespace that contained a line break", resolved when a line is finished. */
const SEGMENT_BREAK = '\ue000';

export function htmlToText(html: string): string {
  const body = findBody(parse(html));
  if (!body) return '';
  const ctx = new DropContext(body);
  const out = new LineSink((table) => emitTable(table, out, ctx));
  walk(chooseRoot(body, ctx), out, ctx);
  return out.finish();
}

/** Decides which elements are furniture, using CJK counts so that page-wide wrappers survive. */
class DropContext {
  private readonly cjk = new Map<Element, number>();
  readonly bodyCjk: number;

  constructor(body: Element) {
    this.bodyCjk = countCjk(body, this.cjk);
  }

  cjkOf(el: Element): number {
    return this.cjk.get(el) ?? 0;
  }

  isDropped(el: Element): boolean {
    if (HARD_DROP_TAGS.has(el.tagName)) return true;
    if (!SOFT_DROP_TAGS.has(el.tagName) && !SOFT_DROP_NAME.test(idAndClass(el))) return false;
    return this.cjkOf(el) <= this.bodyCjk * WRAPPER_SHARE;
  }
}

/** Post-order count of CJK characters per element, ignoring script/style and the like. */
function countCjk(el: Element, memo: Map<Element, number>): number {
  let n = 0;
  for (const child of el.childNodes) {
    if (isText(child)) n += child.value.match(CJK)?.length ?? 0;
    else if (isElement(child) && !HARD_DROP_TAGS.has(child.tagName)) n += countCjk(child, memo);
  }
  memo.set(el, n);
  return n;
}

/**
 * The outermost main/article/"content"-like element holding most of the text. Outermost rather
 * than innermost because the report title often sits just outside the inner #zoom text box.
 */
function chooseRoot(body: Element, ctx: DropContext): Element {
  const stack: Element[] = [body];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (el !== body && isContentCandidate(el) && ctx.cjkOf(el) > ctx.bodyCjk * CONTENT_SHARE) return el;
    // Reversed so pop() visits children in document order (pre-order: ancestors before descendants).
    stack.push(...el.childNodes.filter(isElement).filter((c) => !ctx.isDropped(c)).reverse());
  }
  return body;
}

function isContentCandidate(el: Element): boolean {
  return CONTENT_TAGS.has(el.tagName) || CONTENT_NAME.test(idAndClass(el));
}

function walk(node: Node, out: LineSink, ctx: DropContext): void {
  if (isText(node)) return out.text(node.value);
  if (!isElement(node)) return;
  if (ctx.isDropped(node)) return;
  if (node.tagName === 'br') return out.breakLine();
  if (node.tagName === 'table') return out.table(node);
  const block = BLOCK_TAGS.has(node.tagName);
  if (block) out.breakLine();
  for (const child of node.childNodes) walk(child, out, ctx);
  if (block) out.breakLine();
}

/** Accumulates inline text into lines; tables are handed to a callback (emitted, or set aside in cells). */
class LineSink {
  private readonly lines: string[] = [];
  private current = '';

  constructor(readonly table: (el: Element) => void) {}

  text(raw: string): void {
    // Whitespace runs that contain a line break are marked so they can vanish between CJK characters.
    this.current += raw.replace(/\s+/g, (ws) => (/[\n\r]/.test(ws) ? SEGMENT_BREAK : ' '));
  }

  breakLine(): void {
    const line = finishLine(this.current);
    this.current = '';
    if (line !== '') this.lines.push(line);
  }

  /** Adds a finished line verbatim (table rows, blank separators). */
  push(line: string): void {
    this.breakLine();
    if (line === '' && (this.lines.length === 0 || this.lines.at(-1) === '')) return;
    this.lines.push(line);
  }

  /** The lines so far; the sink keeps them. */
  collected(): string[] {
    this.breakLine();
    return this.lines;
  }

  finish(): string {
    const lines = this.collected();
    while (lines.at(-1) === '') lines.pop();
    return lines.join('\n');
  }
}

const BREAK_BETWEEN_WIDE = new RegExp(
  `(?<=[${WIDE}])[ ${SEGMENT_BREAK}]*${SEGMENT_BREAK}[ ${SEGMENT_BREAK}]*(?=[${WIDE}])`,
  'g',
);
const SPACE_RUN = new RegExp(`[ ${SEGMENT_BREAK}]+`, 'g');

function finishLine(raw: string): string {
  return raw.replace(BREAK_BETWEEN_WIDE, '').replace(SPACE_RUN, ' ').trim();
}

/** Writes a table as grid rows framed by blank lines. */
function emitTable(table: Element, out: LineSink, ctx: DropContext): void {
  out.push('');
  emitRows(table, out, ctx);
  out.push('');
}

/** Nested tables follow the row that holds them, so the outer grid stays rectangular. */
function emitRows(table: Element, out: LineSink, ctx: DropContext): void {
  for (const row of buildGrid(table, ctx)) {
    out.push(`| ${row.cells.join(' | ')} |`);
    for (const inner of row.nested) emitRows(inner, out, ctx);
  }
}

interface GridRow {
  cells: string[];
  nested: Element[];
}

/** Expands rowspan/colspan into a rectangle; a spanning cell's text fills every slot it covers. */
function buildGrid(table: Element, ctx: DropContext): GridRow[] {
  const trs = tableRows(table);
  const grid: (string | undefined)[][] = trs.map(() => []);
  const nested: Element[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    for (const cell of tr.childNodes.filter(isElement).filter((e) => e.tagName === 'td' || e.tagName === 'th')) {
      const slots = grid[r] as (string | undefined)[];
      while (slots[c] !== undefined) c++;
      const text = cellText(cell, ctx, nested[r] as Element[]);
      const rowSpan = spanOf(cell, 'rowspan', trs.length - r);
      const colSpan = spanOf(cell, 'colspan', 1000);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) (grid[r + dr] as (string | undefined)[])[c + dc] = text;
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid
    .map((row, r) => ({ row, nested: nested[r] as Element[] }))
    .filter(({ row, nested: inner }) => row.some((s) => s !== undefined) || inner.length > 0)
    .map(({ row, nested: inner }) => ({ cells: Array.from({ length: width }, (_, i) => row[i] ?? ''), nested: inner }));
}

/** Rows of this table only: direct <tr> children and those of thead/tbody/tfoot, not nested tables'. */
function tableRows(table: Element): Element[] {
  return table.childNodes.filter(isElement).flatMap((child) => {
    if (child.tagName === 'tr') return [child];
    if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
      return child.childNodes.filter(isElement).filter((e) => e.tagName === 'tr');
    }
    return [];
  });
}

/** rowspan="0" means "to the end of the table"; bad or missing values mean 1. */
function spanOf(cell: Element, name: string, max: number): number {
  const value = attr(cell, name);
  if (value === undefined) return 1;
  const n = Number.parseInt(value, 10);
  if (n === 0 && name === 'rowspan') return max;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Cell content on one line; paragraphs inside a cell join like wrapped lines. */
function cellText(cell: Element, ctx: DropContext, nested: Element[]): string {
  const sink = new LineSink((table) => nested.push(table));
  for (const child of cell.childNodes) walk(child, sink, ctx);
  return finishLine(sink.collected().join(SEGMENT_BREAK)).replace(/\|/g, '｜');
}

function findBody(doc: T.Document): Element | undefined {
  const html = doc.childNodes.filter(isElement).find((e) => e.tagName === 'html');
  return html?.childNodes.filter(isElement).find((e) => e.tagName === 'body');
}

function idAndClass(el: Element): string {
  return `${attr(el, 'id') ?? ''} ${attr(el, 'class') ?? ''}`;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function isText(node: Node): node is T.TextNode {
  return node.nodeName === '#text';
}
