// The database schema, as an ordered list of migrations. `PRAGMA user_version`
// holds the number of migrations applied; opening a database applies the rest in one
// transaction. Never change what a shipped migration does to the tables: add one.
//
// Views are not written in any migration. They have one definition each, `VIEWS` below: whenever
// migrations are applied, the views are dropped and made again as `viewsSql()` writes them, after
// the last one (a database of any version ends with today's views). Changing a view is a new
// migration (its `sql` may be empty), so that databases already at the newest version get it.
// Migrations 1-3 made views of their own when they shipped (test/store/fixtures/schema-1.sql is
// version 1 as it shipped); their view statements were taken out when the views moved here.
//
// Names are meant for people reading the database in DB Browser for SQLite or
// Datasette: whole words, one table per kind of thing, `document_id` everywhere,
// provenance as `page`, `start_offset`, `end_offset` (character offsets into the
// document's normalized text), and views (`v_…`) that join what analysts look at.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const provenance = `page INTEGER, start_offset INTEGER, end_offset INTEGER`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: "documents and everything extracted from them; full-text search; views",
    sql: `
CREATE TABLE documents (
  id                  INTEGER PRIMARY KEY,
  source_file         TEXT NOT NULL,
  sha256              TEXT NOT NULL UNIQUE,
  format              TEXT NOT NULL,
  pages               INTEGER,
  title               TEXT,
  subtitle            TEXT,
  issuer              TEXT,
  issuing_body        TEXT,
  province            TEXT,
  province_key        TEXT,   -- province folded (no diacritics, lower case) for lookups
  number              TEXT,
  issued_at           TEXT,   -- ISO date
  place               TEXT,
  year                INTEGER,
  period_from         INTEGER,
  period_to           INTEGER,
  signer_name         TEXT,
  signer_title        TEXT,
  signer_on_behalf_of TEXT,
  title_key           TEXT,   -- title + subtitle folded: finds a new version of the same plan
  schema_version      INTEGER NOT NULL,
  ingested_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  plan_json           TEXT NOT NULL  -- the whole validated PlanDocument, as extracted
);
CREATE INDEX documents_province_year ON documents(province_key, year);
CREATE INDEX documents_province_number ON documents(province_key, number);
CREATE INDEX documents_province_title ON documents(province_key, title_key, year);

CREATE TABLE bases (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX bases_document ON bases(document_id);

CREATE TABLE recipients (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX recipients_document ON recipients(document_id);

CREATE TABLE themes (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  year        INTEGER,
  text        TEXT NOT NULL,
  source      TEXT NOT NULL,   -- body | footnote
  ${provenance}
);
CREATE INDEX themes_document ON themes(document_id);

CREATE TABLE targets (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  item_id          TEXT NOT NULL,  -- the id in the JSON ("t1.2")
  code             TEXT,           -- the label as written ("2.1", "(3)")
  parent_item_id   TEXT,
  parent_code      TEXT,
  section          TEXT,
  text             TEXT NOT NULL,
  footnote_markers TEXT,           -- "1, 2"
  schedule_json    TEXT,           -- {"2022": "500", ...} for table rows
  ${provenance},
  UNIQUE (document_id, item_id)
);

CREATE TABLE quantities (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  target_id   INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  value       REAL NOT NULL,
  comparator  TEXT NOT NULL,   -- >=, >, =, <=, <
  unit        TEXT NOT NULL,
  raw         TEXT NOT NULL,
  ${provenance}
);
CREATE INDEX quantities_target ON quantities(target_id);
CREATE INDEX quantities_document ON quantities(document_id);
CREATE INDEX quantities_unit ON quantities(unit);

CREATE TABLE tasks (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  item_id          TEXT NOT NULL,
  code             TEXT,
  parent_item_id   TEXT,
  parent_code      TEXT,
  section          TEXT,
  text             TEXT NOT NULL,
  footnote_markers TEXT,
  responsible      TEXT,   -- units joined with "; "
  partners         TEXT,
  funding          TEXT,
  schedule_json    TEXT,
  ${provenance},
  UNIQUE (document_id, item_id)
);

-- per-year cells of table rows (targets and tasks), one row per cell
CREATE TABLE schedule_cells (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  item_kind   TEXT NOT NULL,   -- target | task
  item_id     TEXT NOT NULL,
  period      TEXT NOT NULL,   -- "2022"
  value       TEXT NOT NULL    -- "500", "x"
);
CREATE INDEX schedule_cells_item ON schedule_cells(document_id, item_id);

CREATE TABLE deadlines (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  item_id       TEXT,            -- target or task it belongs to
  raw           TEXT NOT NULL,
  start_date    TEXT NOT NULL,
  end_date      TEXT NOT NULL,
  precision     TEXT NOT NULL,
  year_inferred INTEGER,         -- 1 when the year came from the plan, not the text
  ${provenance}
);
CREATE INDEX deadlines_document_item ON deadlines(document_id, item_id);
CREATE INDEX deadlines_dates ON deadlines(start_date, end_date);

CREATE TABLE footnotes (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  marker      TEXT NOT NULL,
  text        TEXT NOT NULL,
  item_id     TEXT,
  ${provenance}
);
CREATE INDEX footnotes_document ON footnotes(document_id);

CREATE TABLE models (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  name            TEXT NOT NULL,
  definition      TEXT,
  footnote_marker TEXT,
  ${provenance}
);
CREATE INDEX models_document ON models(document_id);

CREATE TABLE warnings (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  code        TEXT NOT NULL,
  message     TEXT NOT NULL,
  ${provenance}
);
CREATE INDEX warnings_document ON warnings(document_id);

CREATE INDEX targets_document ON targets(document_id, position);
CREATE INDEX tasks_document ON tasks(document_id, position);

-- Search: one row per searchable text (targets, tasks, footnotes, themes, models);
-- text_folded has diacritics and both tone-mark styles folded (src/ground/text.ts foldKey).
CREATE TABLE search_items (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,   -- target | task | footnote | theme | model
  item_id     TEXT,
  code        TEXT,
  text        TEXT NOT NULL,
  text_folded TEXT NOT NULL
);
CREATE INDEX search_items_document ON search_items(document_id);
CREATE VIRTUAL TABLE search_fts USING fts5(
  text_folded, content='search_items', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_items_ai AFTER INSERT ON search_items BEGIN
  INSERT INTO search_fts(rowid, text_folded) VALUES (new.id, new.text_folded);
END;
CREATE TRIGGER search_items_ad AFTER DELETE ON search_items BEGIN
  INSERT INTO search_fts(search_fts, rowid, text_folded) VALUES ('delete', old.id, old.text_folded);
END;
`,
  },
  {
    version: 2,
    description: "documents keep the path as given on the command line (source_path), beside the base name",
    sql: `
ALTER TABLE documents ADD COLUMN source_path TEXT;
UPDATE documents SET source_path = source_file WHERE source_path IS NULL;
CREATE INDEX documents_source_path ON documents(source_path);
CREATE INDEX documents_source_file ON documents(source_file);
`,
  },
  {
    version: 3,
    description: "full-text search from plain SQL: search_items_fts indexes the text as written and folded (đ → d), named for sqlite-utils and Datasette; v_targets and v_tasks give a term plan's period",
    // search_items_fts (the sqlite-utils / Datasette convention: table X, index X_fts with
    // content=[X]) indexes two columns: `text` as written, whose tokenizer drops diacritics
    // but keeps đ (MATCH 'đột phá', 'Định'), and `text_folded`, where đ is d as well
    // (MATCH 'dot pha', 'dinh'). A query with or without diacritics finds the same rows,
    // with no folding on the query side.
    sql: `
DROP TRIGGER search_items_ai;
DROP TRIGGER search_items_ad;
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_items_fts USING fts5(
  text, text_folded, content=[search_items], content_rowid=id, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_items_ai AFTER INSERT ON search_items BEGIN
  INSERT INTO search_items_fts(rowid, text, text_folded) VALUES (new.id, new.text, new.text_folded);
END;
CREATE TRIGGER search_items_ad AFTER DELETE ON search_items BEGIN
  INSERT INTO search_items_fts(search_items_fts, rowid, text, text_folded) VALUES ('delete', old.id, old.text, old.text_folded);
END;
CREATE TRIGGER search_items_au AFTER UPDATE ON search_items BEGIN
  INSERT INTO search_items_fts(search_items_fts, rowid, text, text_folded) VALUES ('delete', old.id, old.text, old.text_folded);
  INSERT INTO search_items_fts(rowid, text, text_folded) VALUES (new.id, new.text, new.text_folded);
END;
INSERT INTO search_items_fts(search_items_fts) VALUES ('rebuild');

`,
  },
  {
    version: 4,
    description: "declared foreign keys where items reference items: parent target/task, the target or task of a deadline, a footnote and a per-year cell",
    // The JSON links items by their ids within a document ("t1.2"); the tables kept those as text
    // (item_id, parent_item_id), which SQLite, DB Browser and Datasette cannot follow. Each link
    // now has an INTEGER column declared with REFERENCES (SQLite adds a column with a foreign key
    // when its default is NULL), filled from the text ids by the statements below for rows already
    // there and by triggers for new rows, whatever order a writer inserts them in. A link whose
    // item is not a target or task (a footnote on a paragraph) stays NULL.
    // ON DELETE: a deadline or a per-year cell belongs to its item (CASCADE); a parent link and a
    // footnote's item are references (SET NULL). Deleting a document still deletes everything.
    sql: `
ALTER TABLE targets ADD COLUMN parent_target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL;
ALTER TABLE tasks ADD COLUMN parent_task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL;
ALTER TABLE deadlines ADD COLUMN target_id INTEGER REFERENCES targets(id) ON DELETE CASCADE;
ALTER TABLE deadlines ADD COLUMN task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE;
ALTER TABLE footnotes ADD COLUMN target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL;
ALTER TABLE footnotes ADD COLUMN task_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL;
ALTER TABLE schedule_cells ADD COLUMN target_id INTEGER REFERENCES targets(id) ON DELETE CASCADE;
ALTER TABLE schedule_cells ADD COLUMN task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE;

-- lookups by text id (the triggers) and by the new columns (ON DELETE, joins)
CREATE INDEX targets_parent_item ON targets(document_id, parent_item_id);
CREATE INDEX tasks_parent_item ON tasks(document_id, parent_item_id);
CREATE INDEX footnotes_document_item ON footnotes(document_id, item_id);
CREATE INDEX targets_parent_target ON targets(parent_target_id);
CREATE INDEX tasks_parent_task ON tasks(parent_task_id);
CREATE INDEX deadlines_target ON deadlines(target_id);
CREATE INDEX deadlines_task ON deadlines(task_id);
CREATE INDEX footnotes_target ON footnotes(target_id);
CREATE INDEX footnotes_task ON footnotes(task_id);
CREATE INDEX schedule_cells_target ON schedule_cells(target_id);
CREATE INDEX schedule_cells_task ON schedule_cells(task_id);

UPDATE targets SET parent_target_id = (SELECT p.id FROM targets p WHERE p.document_id = targets.document_id AND p.item_id = targets.parent_item_id)
  WHERE parent_item_id IS NOT NULL;
UPDATE tasks SET parent_task_id = (SELECT p.id FROM tasks p WHERE p.document_id = tasks.document_id AND p.item_id = tasks.parent_item_id)
  WHERE parent_item_id IS NOT NULL;
UPDATE deadlines SET
  target_id = (SELECT t.id FROM targets t WHERE t.document_id = deadlines.document_id AND t.item_id = deadlines.item_id),
  task_id = (SELECT t.id FROM tasks t WHERE t.document_id = deadlines.document_id AND t.item_id = deadlines.item_id)
  WHERE item_id IS NOT NULL;
UPDATE footnotes SET
  target_id = (SELECT t.id FROM targets t WHERE t.document_id = footnotes.document_id AND t.item_id = footnotes.item_id),
  task_id = (SELECT t.id FROM tasks t WHERE t.document_id = footnotes.document_id AND t.item_id = footnotes.item_id)
  WHERE item_id IS NOT NULL;
UPDATE schedule_cells SET
  target_id = CASE WHEN item_kind = 'target' THEN (SELECT t.id FROM targets t WHERE t.document_id = schedule_cells.document_id AND t.item_id = schedule_cells.item_id) END,
  task_id = CASE WHEN item_kind = 'task' THEN (SELECT t.id FROM tasks t WHERE t.document_id = schedule_cells.document_id AND t.item_id = schedule_cells.item_id) END;

-- a new item links to its parent and to what was written before it that names it
CREATE TRIGGER targets_links_ai AFTER INSERT ON targets BEGIN
  UPDATE targets SET parent_target_id = (SELECT p.id FROM targets p WHERE p.document_id = new.document_id AND p.item_id = new.parent_item_id)
    WHERE id = new.id AND new.parent_item_id IS NOT NULL;
  UPDATE targets SET parent_target_id = new.id WHERE document_id = new.document_id AND parent_item_id = new.item_id;
  UPDATE deadlines SET target_id = new.id WHERE document_id = new.document_id AND item_id = new.item_id;
  UPDATE footnotes SET target_id = new.id WHERE document_id = new.document_id AND item_id = new.item_id;
  UPDATE schedule_cells SET target_id = new.id WHERE document_id = new.document_id AND item_kind = 'target' AND item_id = new.item_id;
END;
CREATE TRIGGER tasks_links_ai AFTER INSERT ON tasks BEGIN
  UPDATE tasks SET parent_task_id = (SELECT p.id FROM tasks p WHERE p.document_id = new.document_id AND p.item_id = new.parent_item_id)
    WHERE id = new.id AND new.parent_item_id IS NOT NULL;
  UPDATE tasks SET parent_task_id = new.id WHERE document_id = new.document_id AND parent_item_id = new.item_id;
  UPDATE deadlines SET task_id = new.id WHERE document_id = new.document_id AND item_id = new.item_id;
  UPDATE footnotes SET task_id = new.id WHERE document_id = new.document_id AND item_id = new.item_id;
  UPDATE schedule_cells SET task_id = new.id WHERE document_id = new.document_id AND item_kind = 'task' AND item_id = new.item_id;
END;
-- a new deadline, footnote or per-year cell links to its item when that is already written
CREATE TRIGGER deadlines_links_ai AFTER INSERT ON deadlines WHEN new.item_id IS NOT NULL BEGIN
  UPDATE deadlines SET
    target_id = (SELECT t.id FROM targets t WHERE t.document_id = new.document_id AND t.item_id = new.item_id),
    task_id = (SELECT t.id FROM tasks t WHERE t.document_id = new.document_id AND t.item_id = new.item_id)
    WHERE id = new.id;
END;
CREATE TRIGGER footnotes_links_ai AFTER INSERT ON footnotes WHEN new.item_id IS NOT NULL BEGIN
  UPDATE footnotes SET
    target_id = (SELECT t.id FROM targets t WHERE t.document_id = new.document_id AND t.item_id = new.item_id),
    task_id = (SELECT t.id FROM tasks t WHERE t.document_id = new.document_id AND t.item_id = new.item_id)
    WHERE id = new.id;
END;
CREATE TRIGGER schedule_cells_links_ai AFTER INSERT ON schedule_cells BEGIN
  UPDATE schedule_cells SET
    target_id = CASE WHEN new.item_kind = 'target' THEN (SELECT t.id FROM targets t WHERE t.document_id = new.document_id AND t.item_id = new.item_id) END,
    task_id = CASE WHEN new.item_kind = 'task' THEN (SELECT t.id FROM tasks t WHERE t.document_id = new.document_id AND t.item_id = new.item_id) END
    WHERE id = new.id;
END;
`,
  },
  {
    version: 5,
    description: "documents.text: the text every start_offset/end_offset counts into (issue 11)",
    // substr(text, start_offset + 1, end_offset - start_offset) is the item's words. plan_json
    // leaves source.text out (it is this column), so a document's text is stored once.
    sql: `ALTER TABLE documents ADD COLUMN text TEXT;`,
  },
  {
    version: 6,
    description: "views follow the declared keys (target_id, task_id, parent ids) instead of matching text ids; every view gives a term plan's years (period_from, period_to, term)",
    sql: "",
  },
];

/** A term plan's years as people read them ("2022–2027", an en dash); NULL for an annual plan. */
const TERM = "CASE WHEN d.period_from IS NOT NULL THEN d.period_from || '–' || d.period_to END AS term";
/** The plan's time, in every view: the year of an annual plan, the years of a term plan. */
const PLAN_TIME = `d.year, d.period_from, d.period_to, ${TERM}`;
const QUANTITY_TEXT = "q.comparator || ' ' || (CASE WHEN q.value = CAST(q.value AS INTEGER) THEN CAST(q.value AS INTEGER) ELSE q.value END) || ' ' || q.unit";

/**
 * The views for people, by name: each joins by the declared keys (`document_id`, `target_id`,
 * `task_id`, `parent_target_id`, `parent_task_id`), never by matching text ids.
 */
export const VIEWS: Readonly<Record<string, string>> = {
  v_documents: `
SELECT d.id AS document_id, d.province, ${PLAN_TIME}, d.issuer, d.issuing_body,
       d.number, d.issued_at, d.title, d.subtitle, d.signer_name, d.source_file, d.source_path, d.format, d.pages,
       (SELECT count(*) FROM targets t WHERE t.document_id = d.id) AS targets,
       (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,
       (SELECT count(*) FROM deadlines t WHERE t.document_id = d.id) AS deadlines,
       (SELECT count(*) FROM footnotes t WHERE t.document_id = d.id) AS footnotes,
       (SELECT count(*) FROM models t WHERE t.document_id = d.id) AS models,
       (SELECT count(*) FROM themes t WHERE t.document_id = d.id) AS themes,
       (SELECT count(*) FROM warnings t WHERE t.document_id = d.id) AS warnings,
       d.sha256, d.ingested_at
FROM documents d`,
  v_targets: `
SELECT d.province, ${PLAN_TIME}, d.id AS document_id, d.number AS document_number,
       coalesce(d.subtitle, d.title) AS document, t.id AS target_id, t.item_id, t.code,
       t.parent_target_id, t.parent_code, t.section, t.text,
       (SELECT group_concat(${QUANTITY_TEXT}, '; ') FROM quantities q WHERE q.target_id = t.id) AS quantities,
       (SELECT group_concat(dl.raw, '; ') FROM deadlines dl WHERE dl.target_id = t.id) AS deadlines,
       t.schedule_json, t.page, t.start_offset, t.end_offset
FROM targets t JOIN documents d ON d.id = t.document_id`,
  v_quantities: `
SELECT d.province, ${PLAN_TIME}, d.id AS document_id, t.code AS target_code, t.text AS target_text,
       q.position, q.value, q.comparator, q.unit, q.raw, q.page, q.start_offset, q.end_offset,
       t.id AS target_id, q.id AS quantity_id
FROM quantities q JOIN targets t ON t.id = q.target_id JOIN documents d ON d.id = q.document_id`,
  v_tasks: `
SELECT d.province, ${PLAN_TIME}, d.id AS document_id, t.id AS task_id, t.item_id, t.code,
       t.parent_task_id, t.parent_code, t.section, t.text, t.responsible, t.partners, t.funding,
       (SELECT group_concat(dl.raw, '; ') FROM deadlines dl WHERE dl.task_id = t.id) AS deadlines,
       t.page, t.start_offset, t.end_offset
FROM tasks t JOIN documents d ON d.id = t.document_id`,
  v_deadlines: `
SELECT d.province, ${PLAN_TIME}, d.id AS document_id, dl.id AS deadline_id, dl.item_id, dl.target_id, dl.task_id,
       coalesce(t.code, k.code) AS item_code, coalesce(t.text, k.text) AS item_text,
       CASE WHEN t.id IS NOT NULL THEN 'target' WHEN k.id IS NOT NULL THEN 'task' END AS item_kind,
       dl.raw, dl.start_date, dl.end_date, dl.precision, dl.year_inferred, dl.page, dl.start_offset, dl.end_offset
FROM deadlines dl JOIN documents d ON d.id = dl.document_id
LEFT JOIN targets t ON t.id = dl.target_id
LEFT JOIN tasks k ON k.id = dl.task_id`,
  v_footnotes: `
SELECT d.province, ${PLAN_TIME}, d.id AS document_id, f.marker, f.text, f.item_id, f.target_id, f.task_id,
       coalesce(t.code, k.code) AS item_code, f.page, f.start_offset, f.end_offset
FROM footnotes f JOIN documents d ON d.id = f.document_id
LEFT JOIN targets t ON t.id = f.target_id
LEFT JOIN tasks k ON k.id = f.task_id`,
  v_models: `
SELECT d.province, ${PLAN_TIME}, d.id AS document_id, m.name, m.definition, m.footnote_marker, m.page
FROM models m JOIN documents d ON d.id = m.document_id`,
  v_themes: `
SELECT d.province, d.year AS document_year, d.period_from, d.period_to, ${TERM}, d.id AS document_id,
       th.year AS theme_year, th.text, th.source
FROM themes th JOIN documents d ON d.id = th.document_id`,
};

/** Drops the views a database has (of any version: `v_…`) and makes today's: the end of every migration run. */
export function viewsSql(): string {
  const names = Object.keys(VIEWS);
  return [...names.map((v) => `DROP VIEW IF EXISTS ${v};`), ...names.map((v) => `CREATE VIEW ${v} AS${VIEWS[v]};`)].join("\n");
}

/** The first schema whose full-text index is search_items_fts (before: search_fts, folded text only). */
export const FTS_TABLE_VERSION = 3;

/** The first schema with documents.text (the text offsets count into). */
export const TEXT_VERSION = 5;

/** PRAGMA application_id of a kehoach database ("KHCH"): tells it from other SQLite files. */
export const APPLICATION_ID = 0x4b484348;

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
