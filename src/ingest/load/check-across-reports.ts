import type { Db } from '../../store/open-store.ts';

const CODE = 'carry_over_mismatch';

interface CarryRow {
  report_id: number;
  file: string;
  agency: string;
  year: number;
  metric: string;
  value: number;
  section: string;
}

/**
 * Checks that need two reports (reference §6c.9): last year's 结转下年度继续办理 should come back as this
 * year's 上年结转, per agency. Recomputed after every ingest, since either report may have changed.
 */
export function checkAcrossReports(db: Db): number {
  const rows = db.prepare(
    `SELECT f.report_id, r.file, r.agency, r.year, f.metric, f.value, f.section FROM facts f JOIN reports r ON r.id = f.report_id
     WHERE f.metric IN ('applications.carried_in', 'applications.carried_over') AND f.dims = '{"applicant":"total"}'`,
  ).all() as CarryRow[];
  const key = (agency: string, year: number, metric: string): string => `${agency}|${year}|${metric}`;
  const byKey = new Map(rows.map((r) => [key(r.agency, r.year, r.metric), r]));
  const insert = db.prepare("INSERT INTO problems (report_id, file, code, severity, section, message, facts) VALUES (?, ?, ?, 'warning', ?, ?, ?)");
  let found = 0;
  db.transaction(() => {
    db.prepare('DELETE FROM problems WHERE code = ?').run(CODE);
    for (const carriedIn of rows.filter((r) => r.metric === 'applications.carried_in')) {
      const before = byKey.get(key(carriedIn.agency, carriedIn.year - 1, 'applications.carried_over'));
      if (!before || before.value === carriedIn.value) continue;
      const message = `${carriedIn.year}年上年结转 ${carriedIn.value} 件, but the ${before.year} report carried ${before.value} 件 over to the next year`;
      const facts = JSON.stringify([`applications.carried_in[applicant=total]=${carriedIn.value}`, `${before.year}: applications.carried_over[applicant=total]=${before.value}`]);
      insert.run(carriedIn.report_id, carriedIn.file, CODE, carriedIn.section, message, facts);
      found++;
    }
  })();
  return found;
}
