-- user.db, schema 5: the app's own state (spec/app.md), sealed like every personal value.
-- One row per kind, its id the kind's name (a fixed word reveals nothing; binding the envelope to
-- it keeps a `place` from being swapped for another row's value):
-- - `place`: where the user is (the screen, the attempt and position, the practice item), so a
--   `launch` after the process was killed returns the screen the user was on.
CREATE TABLE app_state (
    id         TEXT    PRIMARY KEY CHECK (id IN ('place')),
    kid        INTEGER NOT NULL,                 -- key id of the envelope
    data       BLOB    NOT NULL,                 -- sealed JSON
    updated_at INTEGER NOT NULL
) STRICT;
