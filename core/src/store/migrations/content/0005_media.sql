-- content.db, step 5: the media files packs name (figures, graphs, maps), stored by the SHA-256
-- of their bytes (content-addressed: a file two packs share is stored once). A pack's import
-- stores the files it names in its own transaction; screens carry the hash and the shells load
-- the bytes by it. Public content, plaintext like the rest of content.db.
CREATE TABLE media (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    kind   TEXT NOT NULL,
    bytes  BLOB NOT NULL
) STRICT;
