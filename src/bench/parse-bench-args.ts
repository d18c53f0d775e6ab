export interface BenchArgs {
  scale: number;
  json: boolean;
  seed: number;
  questions: number;
  /** Seconds the answer measurement may take; questions left over are skipped (and reported). */
  answerBudgetS: number;
  keep: boolean;
  profile: boolean;
}

const USAGE = 'usage: npm run bench [-- --scale N] [--json] [--seed N] [--questions N] [--answer-budget S] [--keep] [--profile]';

/** Command-line flags of run-bench; unknown flags are an error so a typo does not run a 10-minute default. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { scale: 15000, json: false, seed: 20240531, questions: 10000, answerBudgetS: 120, keep: false, profile: false };
  const number = (i: number, flag: string): number => {
    const n = Number(argv[i + 1]);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--json') args.json = true;
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--profile') args.profile = true;
    else if (flag === '--scale') args.scale = Math.floor(number(i++, flag));
    else if (flag === '--seed') args.seed = Math.floor(number(i++, flag));
    else if (flag === '--questions') args.questions = Math.floor(number(i++, flag));
    else if (flag === '--answer-budget') args.answerBudgetS = number(i++, flag);
    else throw new Error(`unknown flag ${flag}\n${USAGE}`);
  }
  return args;
}
