-- user.db, schema 3: an attempt's clock guard and answered count move to their own small row.
-- Every tap advances the guard; SQLite rewrites a whole row on UPDATE, and an `attempts` row
-- carries the sealed plan (~10-20 KB, on overflow pages), so each tap used to write the plan's
-- pages again. `answered` is the number of the attempt's responses that hold an answer
-- (`responses.answered` summed), kept in the same transaction as every response so a tap
-- acknowledges it without a scan. Both are plaintext status: a time and a count reveal no
-- answer (`responses.answered` already holds the same facts).
-- `deadline` is a copy of the attempt's (fixed at start, never changed) so the tap's open check
-- reads one row.
CREATE TABLE attempt_clock (
    id        TEXT    PRIMARY KEY REFERENCES attempts (id) ON DELETE CASCADE,
    deadline  INTEGER NOT NULL,                  -- = attempts.deadline, wall clock, ms
    last_seen INTEGER NOT NULL,                  -- latest wall time observed (clock guard), ms
    answered  INTEGER NOT NULL                   -- responses holding an answer
) STRICT, WITHOUT ROWID;
INSERT INTO attempt_clock (id, deadline, last_seen, answered)
    SELECT a.id, a.deadline, a.last_seen,
           (SELECT count(*) FROM responses r WHERE r.attempt_id = a.id AND r.answered = 1)
    FROM attempts a;
ALTER TABLE attempts DROP COLUMN last_seen;
