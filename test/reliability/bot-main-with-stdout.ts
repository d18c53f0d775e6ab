// The real bot entry, with stdout folded into stderr: the harness captures stderr only, and the
// token check must see everything the process writes.
const toStderr = process.stderr.write.bind(process.stderr) as (chunk: unknown) => boolean;
process.stdout.write = ((chunk: unknown) => toStderr(chunk)) as typeof process.stdout.write;
await import('../../src/interfaces/telegram/main.ts');
