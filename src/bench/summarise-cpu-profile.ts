import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by function, then by file (project files relative to the root; node: and native as they come). */
  byFunction: { name: string; ms: number; share: number }[];
  byFile: { name: string; ms: number; share: number }[];
  /** Inclusive time of the project functions that matter for ingest (how long their calls took, callees included). */
  inclusive: { name: string; ms: number; share: number }[];
}

const shortUrl = (url: string, root: string): string => (url.startsWith('file://') ? relative(root, new URL(url).pathname) : url || '(native)');

function top(map: Map<string, number>, total: number, n: number): { name: string; ms: number; share: number }[] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
}

/** Where a `node --cpu-prof` run spent its time. */
export function summariseCpuProfile(path: string, root: string, watch: RegExp): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const f = nodes.get(id)?.callFrame;
    if (!f) continue;
    const file = shortUrl(f.url, root);
    byFunction.set(`${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`, (byFunction.get(`${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`) ?? 0) + us);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    total += us;
  }
  // Inclusive time: each sample counts once for every distinct watched function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = nodes.get(at)?.callFrame;
      if (!f || !watch.test(f.functionName)) continue;
      const name = `${f.functionName} ${shortUrl(f.url, root)}`;
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      seen.add(name);
    }
  }
  return { totalMs: total / 1000, byFunction: top(byFunction, total, 15), byFile: top(byFile, total, 12), inclusive: top(inclusive, total, 20) };
}
