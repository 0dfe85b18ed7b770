//! Damage stays where it happens: a damaged file is named, and one database's damage never
//! stops the other (docs/reliability.md has the table).
//!
//! Invariants:
//! - `content.db` holds nothing personal and can be rebuilt: when it is damaged it is **set
//!   aside** (renamed `content.db.damaged-<ms>`, never deleted) and a new, empty bank is created
//!   in its place; the shell then imports its starter packs (as on a first launch) and tells the
//!   user that packs they imported must be imported again ([`Qazstep::content_set_aside`]).
//! - `user.db` is never moved or deleted here: a damaged one leaves the personal store closed
//!   ([`Unavailable::Damaged`](super::Unavailable)) until the user chooses to erase it; content
//!   works meanwhile.
//! - Damage found while running (a damaged page SQLite meets only when it reads it) is named by
//!   [`Qazstep::check_files`]; a damaged `content.db` is then marked (`content.db.damaged`, an
//!   empty file) so the next open sets it aside — never under a connection still using it.
//! - Checking reads the files only (`PRAGMA quick_check`); it costs nothing on the normal path.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{CONTENT_DB, USER_DB};
use crate::error::{Error, Result};
use crate::exam::blueprint::BlueprintRegistry;
use crate::store::bank;

/// The marker that asks the next open to set `content.db` aside.
pub const CONTENT_MARKER: &str = "content.db.damaged";

/// `err` from opening or reading `file`, with the file named when it says the file is damaged.
pub(super) fn named(file: &str, err: Error) -> Error {
    match err {
        Error::DatabaseCorrupt(reason) => Error::FileDamaged {
            file: file.into(),
            reason,
        },
        other => other,
    }
}

/// Whether the database file at `path` is cut short: shorter than its header says it is (a full
/// disk, a copy or a restore that stopped halfway). SQLite notices that only when it reads a
/// page past the end, maybe long after the open; this reads the 100-byte header. An empty or
/// missing file is a new database, not a cut one; a file that is no database at all is left to
/// SQLite to refuse.
///
/// Only while no `-wal` file exists beside it: a connection in WAL mode keeps one, and its
/// checkpoint writes page 1 (with the new page count) before the pages that grow the file, so
/// a file another process is checkpointing can look cut short for a moment. Without a WAL no
/// connection is checkpointing it; with one, SQLite finds real damage when it reads it.
pub(super) fn cut_short(path: &Path) -> bool {
    use std::io::Read;
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    if Path::new(&wal).exists() {
        return false;
    }
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut header = [0u8; 100];
    if len == 0 {
        return false;
    }
    if file.read_exact(&mut header).is_err() {
        return true;
    }
    if &header[..16] != b"SQLite format 3\0" {
        return false;
    }
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536,
        n => u64::from(n),
    };
    // The page count is valid only when written by the same change as the counter.
    let pages = u64::from(be32(28));
    pages > 0 && be32(92) == be32(24) && len < pages * page
}

/// The file's identity (device and inode), to rename only the file that was found damaged and
/// not one another process has just created in its place.
#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|m| (m.len(), 0))
}

/// Opens the question bank in `dir`; a damaged one (or one marked damaged) is set aside and a
/// new, empty one created. Returns the connection and, when it set one aside, the name it gave
/// the damaged file. A bank written by a newer version is not damage: that error is returned.
pub(super) fn open_content(
    dir: &Path,
    now: i64,
) -> Result<(Connection, BlueprintRegistry, Option<String>)> {
    let path = dir.join(CONTENT_DB);
    let marker = dir.join(CONTENT_MARKER);
    let before = identity(&path);
    if !marker.exists() && !cut_short(&path) {
        match bank::open_content(&path).and_then(|c| {
            let registry = super::Qazstep::load_registry(&c)?;
            Ok((c, registry))
        }) {
            Ok((conn, registry)) => return Ok((conn, registry, None)),
            Err(Error::DatabaseCorrupt(_)) => {}
            Err(e) => return Err(e),
        }
    }
    let aside = set_aside(dir, before, now)?;
    let _ = std::fs::remove_file(&marker);
    let conn = bank::open_content(&path).map_err(|e| named(CONTENT_DB, e))?;
    let registry = super::Qazstep::load_registry(&conn)?;
    Ok((conn, registry, aside))
}

/// Renames `content.db` (and its WAL) to `content.db.damaged-<now>` when it is still the file
/// identified by `before`; removes its shared-memory index. Returns the new name, or `None`
/// when another process had already set it aside.
fn set_aside(dir: &Path, before: Option<(u64, u64)>, now: i64) -> Result<Option<String>> {
    let path = dir.join(CONTENT_DB);
    if before.is_none() || identity(&path) != before {
        return Ok(None);
    }
    let mut name = format!("{CONTENT_DB}.damaged-{now}");
    let mut n = 1;
    while dir.join(&name).exists() {
        n += 1;
        name = format!("{CONTENT_DB}.damaged-{now}-{n}");
    }
    match std::fs::rename(&path, dir.join(&name)) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    }
    let wal = dir.join(format!("{CONTENT_DB}-wal"));
    if wal.exists() {
        std::fs::rename(&wal, dir.join(format!("{name}-wal")))?;
    }
    let _ = std::fs::remove_file(dir.join(format!("{CONTENT_DB}-shm")));
    Ok(Some(name))
}

/// Whether the database at `path` reads as sound (`PRAGMA quick_check`); a missing file is
/// sound (it will be created).
fn sound(path: &Path) -> bool {
    if !path.exists() {
        return true;
    }
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return false;
    };
    let _ = conn.busy_timeout(std::time::Duration::from_secs(10));
    let rows: std::result::Result<Vec<String>, _> = conn
        .prepare("PRAGMA quick_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
    matches!(rows.as_deref(), Ok([ok]) if ok == "ok")
}

impl super::Qazstep {
    /// The name the damaged question bank was given when this open set it aside (and started a
    /// new, empty one), or `None`. A shell imports its starter packs when the bank is empty and
    /// tells the user, with [`MessageId::ContentSetAside`](crate::MessageId), that packs they
    /// imported themselves must be imported again.
    pub fn content_set_aside(&self) -> Option<String> {
        self.content_aside.clone()
    }

    /// The set-aside notice, once: what the app model's first `launch` tells the user.
    pub(crate) fn take_content_notice(&self) -> Option<String> {
        super::lock(&self.content_notice).take()
    }

    /// Checks the data files of `dir` (read only, `PRAGMA quick_check`) and returns the names of
    /// the damaged ones (`user.db`, `content.db`). A damaged `content.db` is marked, so that the
    /// next open sets it aside and rebuilds it. For a shell that met a damaged file while
    /// running ([`Error::DatabaseCorrupt`]) and must say which one it was.
    pub fn check_files(dir: &Path) -> Vec<String> {
        let mut damaged = Vec::new();
        for file in [USER_DB, CONTENT_DB] {
            if !sound(&dir.join(file)) {
                damaged.push(file.to_string());
            }
        }
        if damaged.iter().any(|f| f == CONTENT_DB) {
            // Best effort: without the marker the damage is found again next time.
            let _ = std::fs::write(dir.join(CONTENT_MARKER), b"");
        }
        damaged
    }
}
