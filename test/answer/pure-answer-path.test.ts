import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const FORBIDDEN = ['telegraf', 'better-sqlite3'];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

/** Every file reachable from the roots through relative imports inside src/, with its bare imports. */
function closure(roots: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const specs = importsOf(file);
    seen.set(file, specs);
    for (const spec of specs.filter((s) => s.startsWith('.'))) {
      const target = resolve(dirname(file), spec);
      if (target.startsWith(SRC) && existsSync(target)) queue.push(target);
    }
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
