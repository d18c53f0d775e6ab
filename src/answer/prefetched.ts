import type { FactCore, FactQuery, FactSource, StoredFact } from '../model/fact-source.ts';

// Choosing among facts (selectFacts, dedupe, fallbacks) reads only their cores; the texts that cite
// the chosen ones are read afterwards, by id. Until then empty texts stand in (written out in full:
// an object literal is built several times faster than a spread, and a city year has 10,000 cores).
function unread(c: FactCore): StoredFact {
  return {
    id: c.id, agency: c.agency, year: c.year, metric: c.metric, dims: c.dims, value: c.value, unit: c.unit, qualifier: c.qualifier, derived: c.derived,
    label: '', scope: 'year', sectionNo: 0, section: '', subPath: [], quote: '', start: 0, end: 0, reportTitle: '', reportFile: '',
  };
}

/**
 * The lex with a source that answers per-agency questions about `metrics` in these years from one
 * query per year over every agency, instead of one query per agency (a city has a thousand). With
 * `full` false only fact cores are read (texts stand in empty; see `unread`).
 */
export function prefetched(source: FactSource, years: number[], metrics: string[], full: boolean): FactSource {
  const byYear = new Map<number, Map<string, StoredFact[]>>();
  for (const year of years) {
    const byAgency = new Map<string, StoredFact[]>();
    for (const f of full ? source.facts({ year, metrics }) : source.factCores({ year, metrics }).map(unread)) {
      const list = byAgency.get(f.agency);
      if (list) list.push(f);
      else byAgency.set(f.agency, [f]);
    }
    byYear.set(year, byAgency);
  }
  const covered = new Set(metrics);
  return {
    reports: () => source.reports(),
    problems: (id) => source.problems(id),
    quotesOf: (id) => source.quotesOf(id),
    metricsOf: (id) => source.metricsOf(id),
    metricDims: () => source.metricDims(),
    searchSections: (terms, id) => source.searchSections(terms, id),
    sectionsNaming: (term) => source.sectionsNaming(term),
    factCores: (q) => source.factCores(q),
    facts(q: FactQuery) {
      const wanted = q.metrics;
      const byAgency = q.year === undefined ? undefined : byYear.get(q.year);
      if (!byAgency || q.agency === undefined || q.ids !== undefined || !wanted?.every((m) => covered.has(m))) return source.facts(q);
      const compatible = Object.entries(q.compatibleWith ?? {});
      return (byAgency.get(q.agency) ?? []).filter((f) => wanted.includes(f.metric) && compatible.every(([k, v]) => f.dims[k] === undefined || f.dims[k] === v));
    },
  };
}
