import { editDistance } from '../../text/edit-similarity.ts';
import { parseAgencyName, type AgencyName } from '../../text/agency-name.ts';
import { loadAgencyPlaces } from '../../text/agency-places.ts';
import type { Db } from '../../store/open-store.ts';


interface Named {
  name: string;
  parsed: AgencyName;
}

interface ReportRow {
  id: number;
  file: string;
  year: number;
  agency_aliases: string;
}

const placeNames = (n: AgencyName): string[] => n.places.map((p) => p.name);

/** Whether `short` is `full` with outer places left out (唐村镇人民政府 ⊂ 邹城市唐村镇人民政府). */
function isShortFormOf(short: AgencyName, full: AgencyName): boolean {
  const s = placeNames(short);
  const f = placeNames(full);
  return short.body === full.body && s.length < f.length && s.every((p, i) => f[f.length - s.length + i] === p);
}

// A name with no place merges only when its body carries a proper name of its own (某某镇, 某某街道办事处):
// 民政局 alone could be any county's.
function namesItself(n: AgencyName): boolean {
  return n.places.length > 0 || loadAgencyPlaces().dropBeforeSubunit.subunits.some((s) => n.body.endsWith(s) && n.body.length > s.length + 1);
}

/** The one fuller name each shorter one stands for; none where two fuller names would fit. */
function mergeTargets(names: Named[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const short of names) {
    if (!namesItself(short.parsed)) continue;
    const fuller = names.filter((f) => isShortFormOf(short.parsed, f.parsed));
    if (fuller.length === 1) targets.set(short.name, (fuller[0] as Named).name);
  }
  return targets;
}

// Same length, same body type, one character apart (沐阳县… / 沭阳县…): most likely an OCR or typing slip,
// but two real agencies can differ so (市中区 / 市北区), so it is flagged, never merged.
function nearPairs(names: Named[]): [string, string][] {
  const pairs: [string, string][] = [];
  const byShape = new Map<string, Named[]>();
  for (const n of names) {
    const key = `${n.name.length}|${n.name.at(-1) ?? ''}`;
    byShape.set(key, [...(byShape.get(key) ?? []), n]);
  }
  for (const group of byShape.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = (group[i] as Named).name;
        const b = (group[j] as Named).name;
        if (a.length >= 5 && editDistance(a, b) === 1) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/**
 * One agency, one name, across reports and years: a report whose title leaves out outer places
 * (唐村镇 2010) is stored under the fuller name another report gives it (邹城市唐村镇人民政府 2020), with
 * its own name kept as an alias and a note. Names one character apart are flagged. Runs after every
 * ingest, since either report may have come or gone. Returns how many reports were renamed.
 */
export function mergeAgencyNames(db: Db): number {
  const names = (db.prepare('SELECT DISTINCT agency FROM reports').all() as { agency: string }[]).map((r) => ({ name: r.agency, parsed: parseAgencyName(r.agency) }));
  const reportsOf = db.prepare('SELECT id, file, year, agency_aliases FROM reports WHERE agency = ?');
  const taken = db.prepare('SELECT 1 FROM reports WHERE agency = ? AND year = ?');
  const rename = db.prepare('UPDATE reports SET agency = ?, agency_aliases = ? WHERE id = ?');
  const insert = db.prepare("INSERT INTO problems (report_id, file, code, severity, section, message) VALUES (?, ?, ?, 'warning', '', ?)");
  let renamed = 0;
  db.transaction(() => {
    // A rename note stays with its report (and goes with it); near-name flags are worked out anew.
    db.prepare("DELETE FROM problems WHERE code = 'agency_name_near'").run();
    for (const [short, full] of mergeTargets(names)) {
      for (const r of reportsOf.all(short) as ReportRow[]) {
        if (taken.get(full, r.year)) continue;
        const aliases = [...new Set([...(JSON.parse(r.agency_aliases) as string[]), short])];
        rename.run(full, JSON.stringify(aliases), r.id);
        insert.run(r.id, r.file, 'agency_merged', `the report names its agency “${short}”; stored as “${full}”, the name its other reports give the same agency`);
        renamed += 1;
      }
    }
    for (const [a, b] of nearPairs(names)) {
      const r = (reportsOf.all(b) as ReportRow[])[0] ?? (reportsOf.all(a) as ReportRow[])[0];
      if (r) insert.run(r.id, r.file, 'agency_name_near', `“${a}” and “${b}” differ by one character: one agency misspelt (an OCR slip?) or two agencies; check the titles`);
    }
  })();
  return renamed;
}
