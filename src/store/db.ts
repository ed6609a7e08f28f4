// Opens the store: one SQLite file in WAL mode, schema brought up to date by numbered migrations.
// Everything the queries filter or sort on has an index, so they stay fast at a million engagements.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DEFAULT_DB = 'parley.db';

/** The store file: --db, else PARLEY_DB, else parley.db in the current directory. */
export function storePath(option?: string): string {
  return option || process.env.PARLEY_DB || DEFAULT_DB;
}

// Append only: a migration that has run on someone's store is never edited, a new one is added.
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, actors, engagements, reports, statements, topics, full-text search',
    sql: `
CREATE TABLE documents (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  origin TEXT,
  title TEXT,
  url TEXT,
  outlet TEXT,
  source TEXT,
  published TEXT,
  published_source TEXT,
  language TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  superseded_by INTEGER REFERENCES documents(pk)
);
CREATE INDEX documents_id ON documents(id) WHERE superseded_by IS NULL;
CREATE INDEX documents_published ON documents(published);

CREATE TABLE actors (
  pk INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  registry_id TEXT,
  name TEXT,
  name_lower TEXT,
  role TEXT,
  affiliation TEXT,
  engagements INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_registry ON actors(registry_id);
CREATE INDEX actors_name ON actors(name_lower);
CREATE INDEX actors_affiliation ON actors(affiliation);

-- Every role and affiliation a report gave an actor, with the days it was seen (offices over time).
CREATE TABLE actor_roles (
  actor_pk INTEGER NOT NULL REFERENCES actors(pk),
  role TEXT NOT NULL,
  affiliation TEXT NOT NULL,
  first_seen TEXT,
  last_seen TEXT,
  reports INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (actor_pk, role, affiliation)
) WITHOUT ROWID;

CREATE TABLE mentions (
  document_pk INTEGER NOT NULL REFERENCES documents(pk),
  actor_pk INTEGER NOT NULL REFERENCES actors(pk),
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_pk);
CREATE INDEX mentions_actor ON mentions(actor_pk);

CREATE TABLE engagements (
  pk INTEGER PRIMARY KEY,
  block_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  kind_family TEXT NOT NULL,
  status TEXT NOT NULL,
  status_family TEXT NOT NULL,
  multilateral INTEGER NOT NULL,
  date TEXT,
  earliest TEXT,
  latest TEXT,
  date_disputed INTEGER NOT NULL DEFAULT 0,
  dated_earliest TEXT,
  dated_latest TEXT,
  day TEXT,
  anchor TEXT,
  first_published TEXT,
  last_published TEXT,
  location TEXT,
  host TEXT,
  initiator_pk INTEGER REFERENCES actors(pk),
  plover TEXT NOT NULL,
  plover_mode TEXT,
  cameo TEXT NOT NULL,
  confidence REAL,
  reports INTEGER NOT NULL DEFAULT 0,
  outlets INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX engagements_block ON engagements(block_key, kind_family, status_family, anchor);
CREATE INDEX engagements_day ON engagements(day);
CREATE INDEX engagements_kind ON engagements(kind, day);
CREATE INDEX engagements_status ON engagements(status, day);

CREATE TABLE participants (
  engagement_pk INTEGER NOT NULL REFERENCES engagements(pk),
  actor_pk INTEGER NOT NULL REFERENCES actors(pk),
  affiliation TEXT,
  day TEXT,
  PRIMARY KEY (engagement_pk, actor_pk)
) WITHOUT ROWID;
CREATE INDEX participants_actor ON participants(actor_pk, day, engagement_pk);
CREATE INDEX participants_affiliation ON participants(affiliation, day, engagement_pk);

-- One report's claim about an engagement: what that document says, as it says it.
CREATE TABLE reports (
  pk INTEGER PRIMARY KEY,
  engagement_pk INTEGER NOT NULL REFERENCES engagements(pk),
  document_pk INTEGER NOT NULL REFERENCES documents(pk),
  record_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  earliest TEXT,
  latest TEXT,
  date_text TEXT,
  location TEXT,
  host TEXT,
  initiator_pk INTEGER,
  participants TEXT NOT NULL,
  evidence TEXT NOT NULL,
  codes TEXT NOT NULL,
  topics TEXT NOT NULL,
  confidence REAL
);
CREATE INDEX reports_engagement ON reports(engagement_pk);
CREATE INDEX reports_document ON reports(document_pk);

CREATE TABLE statements (
  pk INTEGER PRIMARY KEY,
  document_pk INTEGER NOT NULL REFERENCES documents(pk),
  record_id TEXT NOT NULL,
  speaker_pk INTEGER REFERENCES actors(pk),
  act TEXT NOT NULL,
  plover TEXT,
  cameo TEXT,
  target_pk INTEGER REFERENCES actors(pk),
  engagement_pk INTEGER REFERENCES engagements(pk),
  report_pk INTEGER REFERENCES reports(pk),
  text TEXT NOT NULL,
  evidence TEXT NOT NULL
);
CREATE INDEX statements_document ON statements(document_pk);
CREATE INDEX statements_engagement ON statements(engagement_pk);
CREATE INDEX statements_speaker ON statements(speaker_pk);

CREATE TABLE topics (
  topic TEXT NOT NULL,
  engagement_pk INTEGER NOT NULL REFERENCES engagements(pk),
  day TEXT,
  PRIMARY KEY (topic, engagement_pk)
) WITHOUT ROWID;
CREATE INDEX topics_engagement ON topics(engagement_pk);
CREATE INDEX topics_day ON topics(topic, day);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='pk');
CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='', contentless_delete=1);
`,
  },
  {
    version: 2,
    name: 'participants by day, for the network of a period',
    sql: `CREATE INDEX IF NOT EXISTS participants_day ON participants(day, engagement_pk, actor_pk);`,
  },
];

export interface OpenOptions {
  readonly?: boolean;
}

export function openStore(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode loses at most the last transactions on power loss, never consistency;
    // a killed process loses nothing that committed.
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) migrate(db);
  return db;
}

export function migrate(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM migrations').all() as { version: number }[]).map((r) => r.version));
  let applied = 0;
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    applied++;
  }
  return applied;
}
