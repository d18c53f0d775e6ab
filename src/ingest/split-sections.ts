import type { Section } from '../model/fact.ts';
import { chineseNumeral } from '../text/chinese-numeral.ts';

const HEADING = /^([一二三四五六七八九十]{1,3})、(.+)$/;
// Rows of the national template tables are numbered like headings (一、本年新收… 四、结转下年度继续办理);
// they are recognised by the numbers that follow them, and by these labels as a second guard.
const TEMPLATE_ROW = /本年新收|上年结转|本年度办理结果|结转下年度/;
const NUMBER_CELL = /^\t?\s*-?\d+(\.\d+)?\s*$/;
const MAX_HEADING = 50;

export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

function headingOf(lines: Line[], i: number, expected: number): { no: number; heading: string } | null {
  const line = lines[i];
  if (!line || line.text.startsWith('\t') || line.text.startsWith('|')) return null;
  const m = HEADING.exec(line.text.trim());
  if (!m || !m[1] || !m[2]) return null;
  const no = chineseNumeral(m[1]);
  if (no !== expected) return null;
  const next = lines[i + 1]?.text ?? '';
  if (NUMBER_CELL.test(next) || TEMPLATE_ROW.test(m[2])) return null;
  // A heading run into its paragraph ("一、概述：…。") keeps only the words before the first stop.
  const words = m[2].split(/[。：:]/)[0]?.trim() ?? '';
  if (words.length === 0 || words.length > MAX_HEADING) return null;
  return { no, heading: `${m[1]}、${words}` };
}

/**
 * Top-level sections by their numbers 一、二、… in sequence. A numbered line out of sequence, or one
 * followed by table cells, is a table row or list item, not a section.
 */
export function splitSections(text: string): Section[] {
  const lines = splitLines(text);
  const sections: Section[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = headingOf(lines, i, sections.length + 1);
    const line = lines[i];
    if (!found || !line) continue;
    const prev = sections.at(-1);
    if (prev) prev.end = line.start;
    sections.push({ no: found.no, heading: found.heading, start: line.start, end: text.length, text: '' });
  }
  for (const s of sections) s.text = text.slice(s.start, s.end);
  return sections;
}

export function sectionAt(sections: Section[], offset: number): Section | undefined {
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    if (s && s.start <= offset) return offset < s.end ? s : undefined;
  }
  return undefined;
}

const SUB1 = /^[(（]([一二三四五六七八九十]{1,3})[)）]/;
const SUB2 = /^(\d{1,2})[、.．](?!\d)/;
const MAX_SUB = 40;

function subHeading(text: string): string {
  const first = text.split(/[。；;]/)[0] ?? text;
  return first.length > MAX_SUB ? `${first.slice(0, MAX_SUB)}…` : first;
}

export interface SubMarker {
  offset: number;
  level: 1 | 2;
  heading: string;
}

/** Sub-section headings （一）… and 1、… of the whole text, in order, computed once per report. */
export function subMarkers(text: string): SubMarker[] {
  const markers: SubMarker[] = [];
  for (const line of splitLines(text)) {
    const t = line.text.trim();
    if (line.text.startsWith('\t') || line.text.startsWith('|')) continue;
    if (SUB1.test(t)) markers.push({ offset: line.start, level: 1, heading: subHeading(t) });
    else if (SUB2.test(t)) markers.push({ offset: line.start, level: 2, heading: subHeading(t) });
  }
  return markers;
}

/** Sub-section path of the paragraph holding `offset`, within its section. */
export function subPathAt(markers: SubMarker[], section: Section | undefined, offset: number): string[] {
  if (!section) return [];
  let level1: string | null = null;
  let level2: string | null = null;
  for (const m of markers) {
    if (m.offset < section.start) continue;
    if (m.offset > offset) break;
    if (m.level === 1) {
      level1 = m.heading;
      level2 = null;
    } else {
      level2 = m.heading;
    }
  }
  return [level1, level2].filter((s): s is string => s !== null);
}
