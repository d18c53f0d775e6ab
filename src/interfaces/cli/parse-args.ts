/** "--agency X --year 2018 --format csv" → { agency: "X", year: "2018", format: "csv" }; bare words in `_`. */
export function parseArgs(argv: string[]): Record<string, string> & { _: string } {
  const out: Record<string, string> = {};
  const bare: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2);
      const next = argv[i + 1];
      if (inline !== undefined) out[key ?? ''] = inline;
      else if (next !== undefined && !next.startsWith('--')) out[key ?? ''] = argv[++i] ?? '';
      else out[key ?? ''] = 'true';
    } else {
      bare.push(a);
    }
  }
  return Object.assign(out, { _: bare.join(' ') });
}
