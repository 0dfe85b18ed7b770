-- user.db, schema 2: the sealed history summary (practice::summary).
-- Derived data: a fold of the history's answer events that the progress view, exam assembly
-- (last seen) and the mistakes review read instead of decoding every event. Written in the same
-- transaction as each history append; rebuilt from the history at open when missing or stale
-- (a database migrated from schema 1 gets it at its first open).
-- `part` is 0 for the per subject/topic tallies and 1..=64 for the per-item buckets (a stable
-- hash of the question or group id): a number that reveals nothing. Each `data` is an envelope
-- bound to (summary, data, id, key id).

CREATE TABLE summary (
    id   TEXT    PRIMARY KEY,                    -- random UUID
    part INTEGER NOT NULL UNIQUE,
    kid  INTEGER NOT NULL,
    data BLOB    NOT NULL                        -- sealed Tallies (part 0) or ItemBucket (JSON)
) STRICT;
