/** How a narrative report names its year and itself. */
export interface Voice {
  year: number;
  /** 我局, 我中心, 我街道 … */
  self: string;
  /** 区科学技术局-like short name. */
  name: string;
}

/** A share of a total as reports print it: "93.3%", "0.25%", sometimes with a full-width ％. */
export function share(part: number, total: number, fullWidth: boolean): string {
  const pct = total === 0 ? 0 : (part / total) * 100;
  const text = pct === Math.round(pct) ? String(pct) : pct < 1 ? pct.toFixed(2) : pct.toFixed(1);
  return `${text}${fullWidth ? '％' : '%'}`;
}
