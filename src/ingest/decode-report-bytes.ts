/**
 * Turns the raw bytes of a report file into text. Reports come from many government sites and
 * office tools, so the encoding is detected rather than assumed: UTF-8 (with or without BOM),
 * UTF-16 (with or without BOM, e.g. Notepad "Unicode" saves) and GBK/GB18030 (older Windows tools).
 */

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: ReportEncoding }
  | { ok: false; code: string; message: string };

/** C0 controls other than \t \n \f \r: real text files essentially never contain them. */
const CONTROL_CHARS = /[\x00-\x08\x0b\x0e-\x1f]/g;
/** Share of control characters above which decoded "text" is taken to be binary data. */
const MAX_CONTROL_SHARE = 0.01;
/** Characters a UTF-16 guess must mostly consist of: ASCII text, CJK, CJK punctuation and full-width forms. */
const PLAUSIBLE_UTF16_CHAR = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/g;
const MIN_PLAUSIBLE_UTF16_SHARE = 0.95;

export function decodeReportBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail('empty_file', 'file is empty (0 bytes), not a text report');
  const decoded = decodeByBom(bytes) ?? guessUtf16(bytes) ?? decodeWithoutBom(bytes);
  if (!decoded.ok) return decoded;
  return checkText(decoded.text, decoded.encoding);
}

function decodeByBom(bytes: Uint8Array): DecodeResult | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return strict('utf-16le', bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return strict('utf-16be', bytes.subarray(2), 'utf-16be');
  return null;
}

/**
 * UTF-16 without a BOM shows up as NUL bytes concentrated on one parity: the high byte of every
 * ASCII character (digits, newlines) is 0. CJK characters such as 一 (U+4E00) or 开 (U+5F00) put
 * some zeros on the other parity, so we require a clear majority, then check the decoded text
 * looks like report text so that binary files with many NULs are not mistaken for UTF-16.
 */
function guessUtf16(bytes: Uint8Array): DecodeResult | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even + odd === 0) return null;
  const label = odd > even ? 'utf-16le' : 'utf-16be';
  if (Math.max(even, odd) < 2 * Math.min(even, odd)) return null;
  const result = strict(label, bytes, label);
  return result.ok && plausibleShare(result.text) >= MIN_PLAUSIBLE_UTF16_SHARE ? result : null;
}

function plausibleShare(text: string): number {
  return text.length === 0 ? 0 : (text.match(PLAUSIBLE_UTF16_CHAR)?.length ?? 0) / text.length;
}

function decodeWithoutBom(bytes: Uint8Array): DecodeResult {
  const nuls = bytes.reduce((n, b) => (b === 0 ? n + 1 : n), 0);
  if (nuls > 0) return fail('binary_file', `file is binary (found ${nuls} NUL bytes), not a text report`);
  const utf8 = strict('utf-8', bytes, 'utf-8');
  if (utf8.ok) return utf8;
  // GB18030 is a superset of GBK and GB2312, so one decoder covers all legacy Chinese encodings.
  const gb = strict('gb18030', bytes, 'gb18030');
  if (gb.ok) return gb;
  // In UTF-8 and GB18030 a byte below 0x20 is always a control character, so undecodable bytes can
  // still be told apart: lots of controls means binary data rather than text in an unknown encoding.
  const controls = bytes.reduce((n, b) => (isControlByte(b) ? n + 1 : n), 0);
  if (controls / bytes.length > MAX_CONTROL_SHARE) return binaryByControls(controls, `${bytes.length} bytes`);
  return fail(
    'unknown_encoding',
    `file is neither valid UTF-8, UTF-16 nor GBK/GB18030 text (${bytes.length} bytes); cannot decode it`,
  );
}

/** Rejects binary data that happened to decode, and files with nothing but whitespace. */
function checkText(raw: string, encoding: ReportEncoding): DecodeResult {
  const controls = raw.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > 0 && controls / raw.length > MAX_CONTROL_SHARE) {
    return binaryByControls(controls, `${raw.length} characters`);
  }
  // String.prototype.trim also strips U+3000 (ideographic space) and stray U+FEFF.
  if (raw.trim() === '') return fail('empty_file', 'file contains only whitespace, no report text');
  return { ok: true, text: raw.replace(/\r\n?/g, '\n'), encoding };
}

function isControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;
}

function binaryByControls(controls: number, total: string): DecodeResult {
  return fail('binary_file', `file is binary (${controls} control characters in ${total}), not a text report`);
}

function strict(label: string, bytes: Uint8Array, encoding: ReportEncoding): DecodeResult {
  try {
    // ignoreBOM keeps a second BOM as text instead of silently swallowing it; we strip BOMs ourselves.
    return { ok: true, text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    // Only surfaces for BOM files; the BOM-less path tries the next encoding instead.
    return fail('unknown_encoding', `file has a ${label} byte-order mark but contains bytes that are not valid ${label}`);
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function fail(code: string, message: string): DecodeResult {
  return { ok: false, code, message };
}
