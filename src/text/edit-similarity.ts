// One reusable row: agency names are short, and at city scale a question may compare a mention
// with thousands of them, so no array is allocated per comparison.
let row = new Int32Array(64);

/** Levenshtein distance over code points; names are a handful of characters, so O(n·m) is fine. */
export function editDistance(a: string, b: string): number {
  // Without surrogate pairs a string's UTF-16 units are its code points: index it directly.
  return SURROGATE.test(a) || SURROGATE.test(b) ? editDistanceOf([...a], [...b]) : editDistanceOf(a, b);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in code points. */
export const codePointLength = (s: string): number => (SURROGATE.test(s) ? [...s].length : s.length);

function editDistanceOf(x: ArrayLike<string>, y: ArrayLike<string>): number {
  const m = y.length;
  if (row.length <= m) row = new Int32Array(m * 2 + 1);
  for (let j = 0; j <= m; j += 1) row[j] = j;
  for (let i = 1; i <= x.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= m; j += 1) {
      const above = row[j] as number;
      const cost = xi === y[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[m] as number;
}

/**
 * 1 − distance / longer length: symmetric, unlike a fuse.js score (which only asks whether the
 * pattern occurs inside the text, so 政务服务中心 "occurs" in 机关事务服务中心).
 */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(codePointLength(a), codePointLength(b));
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
