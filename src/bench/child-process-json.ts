import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The tsx loader, resolved from this project so children run TypeScript without npx. */
const TSX = createRequire(import.meta.url).resolve('tsx');

export interface ChildRun<T> {
  result: T;
  wallMs: number;
}

/**
 * Runs a bench script in its own Node process (its memory and start-up are what is measured) and
 * returns the JSON object it prints on its last stdout line.
 */
export function runChildJson<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<ChildRun<T>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, '--import', TSX, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${last}`));
      try {
        resolve({ result: JSON.parse(last) as T, wallMs });
      } catch {
        reject(new Error(`${script} printed no JSON result: ${last.slice(0, 200)}`));
      }
    });
  });
}

/**
 * Milliseconds from spawning `script` until it writes its first stdout line (the first answer). A child
 * still silent after `timeoutMs` is killed (by its pid) and reported as null.
 */
export function timeToFirstLine(script: string, args: string[], timeoutMs: number): Promise<{ ms: number; line: string } | null> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', TSX, script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      child.kill();
      resolve(null);
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!done && out.includes('\n')) {
        done = true;
        clearTimeout(timer);
        resolve({ ms: performance.now() - started, line: out.split('\n')[0] ?? '' });
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (!done) reject(new Error(`${script} exited with ${code} before answering`));
    });
  });
}

/** True when this module is the script Node was started with (so a file can be both a module and a child script). */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && fileURLToPath(metaUrl) === entry;
}
