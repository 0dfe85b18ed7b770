-- user.db, schema 4: `responses` is stored in the order of its id alone (WITHOUT ROWID).
-- Before, a response went into three b-trees: the rowid table, the unique index of its id and
-- the unique index of (attempt_id, position), so an attempt's first answer at a position wrote
-- three pages to the WAL besides the attempt's clock. Now it writes one. An id is
-- '<attempt id>:<position>' (checked below), so (attempt_id, position) stays unique through the
-- key, and the responses of an attempt are one range of it. Nothing sealed changes: the id, part
-- of every response's associated data, is kept as it was.
CREATE TABLE responses_by_id (
    id         TEXT    PRIMARY KEY,              -- '<attempt id>:<position>'
    attempt_id TEXT    NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    answered   INTEGER NOT NULL CHECK (answered IN (0, 1)), -- a response is recorded (not only a flag)
    kid        INTEGER NOT NULL,
    data       BLOB    NOT NULL,                 -- sealed {response, flagged}
    updated_at INTEGER NOT NULL,
    CHECK (id = attempt_id || ':' || position)
) STRICT, WITHOUT ROWID;
INSERT INTO responses_by_id (id, attempt_id, position, answered, kid, data, updated_at)
    SELECT id, attempt_id, position, answered, kid, data, updated_at FROM responses;
DROP TABLE responses;
ALTER TABLE responses_by_id RENAME TO responses;
