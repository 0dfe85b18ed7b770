-- content.db, step 2: what assembly needs to choose questions, readable without decoding them.
-- `options` is the question's option count (a slot may require one, e.g. 6 for ҰБТ multiple);
-- the covering index lets a choice read only light columns, never `data_json`.
ALTER TABLE questions ADD COLUMN options INTEGER NOT NULL DEFAULT 0;
UPDATE questions SET options = json_array_length(data_json, '$.options');
CREATE INDEX questions_pick ON questions
    (exam, locale, retired, subject, kind, topic, context_id, group_id, options, id);
