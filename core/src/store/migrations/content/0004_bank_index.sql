-- content.db, step 4: a cache of assembly's index of the active bank (`exam::index`), one value
-- per exam and language, so the first exam after an app start reads one row instead of every
-- question's light row. Derived data only: written at the first exam start that finds none,
-- deleted by every import in the import's own transaction (the bank changed).
CREATE TABLE bank_index (
    exam TEXT NOT NULL,
    locale TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (exam, locale)
) STRICT;
