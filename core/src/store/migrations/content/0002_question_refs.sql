-- content.db, step 2: what assembly needs to choose questions, readable without decoding them.
-- `options` is the question's option count (a slot may require one, e.g. 6 for ҰБТ multiple);
-- the covering index lets a choice read only light columns, never `data_json`.
-- The counts of existing rows are filled in Rust after this SQL (`bank::fill_option_counts`):
-- SQLite is built without its JSON functions.
ALTER TABLE questions ADD COLUMN options INTEGER NOT NULL DEFAULT 0;
CREATE INDEX questions_pick ON questions
    (exam, locale, retired, subject, kind, topic, context_id, group_id, options, id);
