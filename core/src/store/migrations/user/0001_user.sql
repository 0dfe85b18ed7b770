-- user.db, schema 1: everything personal, sealed.
-- Plaintext columns are only random ids, timestamps, status, positions and key ids: nothing that
-- reveals who the user is, what they answered or how they scored. Every `BLOB` below except
-- key_meta.wrapped is an envelope (crypto::envelope) bound to (table, column, id, key id).

CREATE TABLE key_meta (
    key_id     INTEGER PRIMARY KEY,              -- data-key id, stored in every envelope
    wrapped    BLOB    NOT NULL,                 -- the DEK wrapped by the shell's KeyProvider
    canary     BLOB    NOT NULL,                 -- a known value sealed with this DEK
    state      TEXT    NOT NULL CHECK (state IN ('active', 'retiring')),
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE profile (
    id         TEXT    PRIMARY KEY,              -- random UUID
    kid        INTEGER NOT NULL,                 -- key id of the row's envelopes
    data       BLOB    NOT NULL,                 -- sealed Profile (JSON)
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE attempts (
    id           TEXT    PRIMARY KEY,            -- random UUID
    status       TEXT    NOT NULL CHECK (status IN ('active', 'submitted')),
    started_at   INTEGER NOT NULL,               -- wall clock, ms
    deadline     INTEGER NOT NULL,               -- wall clock, ms, fixed at start
    last_seen    INTEGER NOT NULL,               -- latest wall time observed (clock guard), ms
    submitted_at INTEGER,
    kid          INTEGER NOT NULL,
    plan         BLOB    NOT NULL,               -- sealed AttemptPlan (blueprint, items, shuffles)
    result       BLOB                            -- sealed ScoreReport once submitted
) STRICT;
CREATE INDEX attempts_status ON attempts (status);

CREATE TABLE responses (
    id         TEXT    PRIMARY KEY,              -- '<attempt id>:<position>'
    attempt_id TEXT    NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    answered   INTEGER NOT NULL CHECK (answered IN (0, 1)), -- a response is recorded (not only a flag)
    kid        INTEGER NOT NULL,
    data       BLOB    NOT NULL,                 -- sealed {response, flagged}
    updated_at INTEGER NOT NULL,
    UNIQUE (attempt_id, position)
) STRICT;

CREATE TABLE practice (
    id         TEXT    PRIMARY KEY,              -- random UUID
    status     TEXT    NOT NULL CHECK (status IN ('active', 'finished')),
    created_at INTEGER NOT NULL,
    kid        INTEGER NOT NULL,
    data       BLOB    NOT NULL                  -- sealed PracticePlan
) STRICT;

-- Answer history for progress and (later) spaced repetition: one row per practice answer, one row
-- per submitted attempt (its answers sealed together, so history screens open ~100 values).
CREATE TABLE history (
    id   TEXT    PRIMARY KEY,                    -- random UUID
    at   INTEGER NOT NULL,                       -- ms
    kid  INTEGER NOT NULL,
    data BLOB    NOT NULL                        -- sealed Vec<AnswerEvent>
) STRICT;
CREATE INDEX history_at ON history (at);
