-- content.db, step 1: the public question bank, rebuilt from content packs.
-- Plaintext on purpose: nothing here is personal. Integrity comes from each pack's SHA-256.

-- One row per installed pack (its latest imported version).
CREATE TABLE packs (
    id          TEXT    PRIMARY KEY,
    version     INTEGER NOT NULL CHECK (version >= 1),
    locale      TEXT    NOT NULL CHECK (locale IN ('kk', 'ru', 'en')),
    title_json  TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    imported_at INTEGER NOT NULL,
    -- Order of imports (install or upgrade), for "latest wins" rules such as blueprints.
    import_seq  INTEGER NOT NULL UNIQUE
) STRICT;

-- Subjects declared by packs (built-in subjects live in code); shared by code, latest import wins.
CREATE TABLE subjects (
    code      TEXT PRIMARY KEY,
    name_json TEXT NOT NULL
) STRICT;

-- Topics, shared by id across packs of different languages; latest import wins for names.
CREATE TABLE topics (
    id        TEXT PRIMARY KEY,
    subject   TEXT NOT NULL,
    name_json TEXT NOT NULL
) STRICT;
CREATE INDEX topics_subject ON topics (subject);

-- Contexts: ids unique across packs. Retired ones stay so past attempts can be reviewed.
CREATE TABLE contexts (
    id        TEXT    PRIMARY KEY,
    pack_id   TEXT    NOT NULL REFERENCES packs (id),
    subject   TEXT    NOT NULL,
    group_id  TEXT,
    retired   INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    data_json TEXT    NOT NULL
) STRICT;
CREATE INDEX contexts_pack ON contexts (pack_id);

-- Questions: ids unique across packs; data_json holds the question in the pack's JSON shape,
-- the other columns are what queries filter on. Retired questions stay, flagged.
CREATE TABLE questions (
    id         TEXT    PRIMARY KEY,
    pack_id    TEXT    NOT NULL REFERENCES packs (id),
    exam       TEXT    NOT NULL CHECK (exam IN ('unt', 'pbb')),
    locale     TEXT    NOT NULL CHECK (locale IN ('kk', 'ru', 'en')),
    subject    TEXT    NOT NULL,
    topic      TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('single', 'multiple', 'matching')),
    context_id TEXT,
    group_id   TEXT,
    difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    data_json  TEXT    NOT NULL
) STRICT;
CREATE INDEX questions_filter ON questions (exam, locale, subject, kind, retired);
CREATE INDEX questions_context ON questions (context_id);
CREATE INDEX questions_pack ON questions (pack_id);
CREATE INDEX questions_topic ON questions (topic);

-- Raw blueprint objects of the installed version of each pack, in the pack's order.
CREATE TABLE blueprints (
    pack_id TEXT    NOT NULL REFERENCES packs (id),
    idx     INTEGER NOT NULL,
    json    TEXT    NOT NULL,
    PRIMARY KEY (pack_id, idx)
) STRICT;
