import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, localImportsOf, SRC, tsFiles } from '../architecture/source-imports.ts';

const FORBIDDEN = ['telegraf', 'better-sqlite3'];

/** Every file reachable from the roots through relative imports inside src/, with its bare imports. */
function closure(roots: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.set(file, importsOf(file));
    queue.push(...localImportsOf(file));
  }
  return seen;
}

describe('the answer path is pure', () => {
  const roots = [...tsFiles(join(SRC, 'answer')), ...tsFiles(join(SRC, 'nlu'))];
  const files = closure(roots);

  it('scans the answer and nlu code', () => {
    expect(roots.some((f) => f.endsWith('create-engine.ts'))).toBe(true);
    expect(files.size).toBeGreaterThanOrEqual(roots.length);
  });

  it.each(FORBIDDEN)('no file reachable from src/answer or src/nlu imports %s', (pkg) => {
    const offenders = [...files].filter(([, specs]) => specs.some((s) => s === pkg || s.startsWith(`${pkg}/`))).map(([f]) => f);
    expect(offenders).toEqual([]);
  });
});
