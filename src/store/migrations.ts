/**
 * Numbered schema migrations. Each runs once, in order, inside one transaction together with the
 * PRAGMA user_version bump, so a store is always at exactly one version.
 */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        agency TEXT NOT NULL,
        agency_aliases TEXT NOT NULL,
        year INTEGER NOT NULL,
        published_on TEXT,
        template TEXT NOT NULL,
        original TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX reports_agency_year ON reports(agency, year);
      CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        no INTEGER NOT NULL,
        heading TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX sections_report ON sections(report_id);
      CREATE VIRTUAL TABLE sections_fts USING fts5(text, content='sections', content_rowid='id', tokenize='trigram');
      CREATE TRIGGER sections_ai AFTER INSERT ON sections BEGIN
        INSERT INTO sections_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER sections_ad AFTER DELETE ON sections BEGIN
        INSERT INTO sections_fts(sections_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        metric TEXT NOT NULL,
        dims TEXT NOT NULL,
        label TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        qualifier TEXT,
        scope TEXT NOT NULL,
        derived INTEGER NOT NULL,
        section_no INTEGER NOT NULL,
        section TEXT NOT NULL,
        sub_path TEXT NOT NULL,
        quote TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
      );
      CREATE INDEX facts_report_metric ON facts(report_id, metric);
      CREATE INDEX facts_metric ON facts(metric);
      CREATE TABLE problems (
        id INTEGER PRIMARY KEY,
        report_id INTEGER REFERENCES reports(id) ON DELETE CASCADE,
        file TEXT NOT NULL,
        code TEXT NOT NULL,
        severity TEXT NOT NULL,
        section TEXT NOT NULL,
        message TEXT NOT NULL,
        facts TEXT
      );
      CREATE INDEX problems_report ON problems(report_id);
      CREATE INDEX problems_file ON problems(file);
      CREATE TABLE chat_context (
        chat TEXT PRIMARY KEY,
        context TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `,
  },
  {
    // Update ids the bot has answered: Telegram redelivers an update whose offset was not yet
    // confirmed when the bot died, and this is how a restarted bot knows not to answer it twice.
    version: 2,
    sql: `
      CREATE TABLE answered_updates (
        update_id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL
      );
    `,
  },
  {
    // Ingest asks, for every file, whether another file holds the same bytes: without an index that
    // scanned every report (65% of ingest time at 15,000 reports).
    version: 3,
    sql: `CREATE INDEX reports_content_hash ON reports(content_hash);`,
  },
  {
    // What the folder re-scan needs to skip an unchanged file without reading it (its size and mtime
    // when it was read, and the extractor that read it), and what the report list needs without a
    // subquery per report (fact count, section headings in order). Existing rows get their fact count
    // and headings here; their file stats stay NULL until the next ingest hashes them once more.
    version: 4,
    sql: `
      ALTER TABLE reports ADD COLUMN file_size INTEGER;
      ALTER TABLE reports ADD COLUMN file_mtime_ms REAL;
      ALTER TABLE reports ADD COLUMN extractor TEXT;
      ALTER TABLE reports ADD COLUMN fact_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE reports ADD COLUMN section_headings TEXT NOT NULL DEFAULT '[]';
      UPDATE reports SET
        fact_count = (SELECT count(*) FROM facts f WHERE f.report_id = reports.id),
        section_headings = (SELECT json_group_array(heading) FROM (SELECT heading FROM sections s WHERE s.report_id = reports.id ORDER BY s.no, s.id));
    `,
  },
  {
    // Which dimensions each metric is broken down by anywhere in the store: the answer layer asks this
    // on the first question about a dimension, and SELECT DISTINCT over every fact took 1.5-2 s at
    // 15,000 reports. Ingest adds each report's pairs and rebuilds the table when reports go away.
    version: 5,
    sql: `
      CREATE TABLE metric_dims (
        metric TEXT NOT NULL,
        dims TEXT NOT NULL,
        PRIMARY KEY (metric, dims)
      ) WITHOUT ROWID;
      INSERT INTO metric_dims (metric, dims) SELECT DISTINCT metric, dims FROM facts;
    `,
  },
  {
    // The report list is read at every start. Its columns added by migration 4 sit after the report's
    // original text in the row, so reading them walked each report's overflow pages (1 s at 15,000
    // reports); a covering index holds everything the list reads, in the order it is read.
    version: 6,
    sql: `
      CREATE INDEX reports_summary ON reports(agency, year, id, file, title, agency_aliases, published_on, template, fact_count, section_headings);
    `,
  },
  {
    // The page of a PDF report a fact's quote is on, for the citation (NULL for other formats, and for
    // facts stored before: reports are re-read when the extractor changes, as it did with this column).
    version: 7,
    sql: `
      ALTER TABLE facts ADD COLUMN page INTEGER;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
