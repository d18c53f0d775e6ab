import { z } from 'zod';

const compiles = (source: string): boolean => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

/** A regular expression written as a string in a rule file: one that does not compile fails the load. */
export const regexSource = z.string().min(1).refine(compiles, { message: 'not a valid regular expression' });
