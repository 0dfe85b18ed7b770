//! SQLite storage: opening, pragmas and numbered migrations.
//!
//! Invariants:
//! - Every connection runs in WAL mode with foreign keys on, `secure_delete` on and
//!   `synchronous = NORMAL` (a commit survives a killed process; power loss may drop the last
//!   commits).
//! - Migrations are numbered SQL files (`NNNN_name.sql`), each with an optional Rust step run
//!   after its SQL, applied in order, one transaction per step that also sets `user_version`; a database newer than the newest migration known to this
//!   build is refused with [`Error::SchemaTooNew`] and left untouched.
//! - No SQL lives outside this module.

pub mod bank;
pub mod keys;
pub mod user;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};

/// One numbered schema step: its number (1, 2, …), file name and SQL.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Schema version reached after this step.
    pub version: i64,
    /// File name, for messages.
    pub name: &'static str,
    /// The SQL of the step (no transaction statements: the runner wraps it).
    pub sql: &'static str,
    /// Run after `sql` in the same transaction: data the step derives in Rust (SQLite is built
    /// without its JSON functions).
    pub fill: Option<fn(&Connection) -> Result<()>>,
}

/// Opens (creating if needed) the database at `path` with the project's pragmas and brings its
/// schema up to date with `migrations`.
pub fn open(path: &Path, migrations: &[Migration]) -> Result<Connection> {
    open_with_page_size(path, migrations, None)
}

/// Like [`open`], and a file this call creates gets pages of `page_size` bytes (a power of two
/// from 512 to 65536). SQLite fixes the page size when it writes the first page; an existing
/// file keeps its own.
pub fn open_with_page_size(
    path: &Path,
    migrations: &[Migration],
    page_size: Option<u32>,
) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let mut conn = Connection::open_with_flags(path, flags)?;
    if let Some(size) = page_size {
        // Before `configure`: switching to WAL writes the first page.
        conn.pragma_update(None, "page_size", size)?;
    }
    configure(&conn)?;
    migrate(&mut conn, migrations)?;
    Ok(conn)
}

/// Applies the connection pragmas of this module's invariants.
pub fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.set_prepared_statement_cache_capacity(64);
    // journal_mode returns a row; a read-only or unwritable file reports here.
    let mode = wal_mode(conn)?;
    if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
        return Err(Error::Storage(format!(
            "could not enable WAL (journal mode is {mode})"
        )));
    }
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA synchronous = NORMAL;
         PRAGMA temp_store = MEMORY;",
    )?;
    // A checkpoint leaves the WAL file in place for the next transactions to overwrite from
    // its start (writing into allocated blocks is cheaper than growing a file on every
    // commit); this caps what stays on disk after a large transaction (an import, a rotation).
    let _: i64 = conn.query_row("PRAGMA journal_size_limit = 4194304", [], |r| r.get(0))?;
    Ok(())
}

/// Switches the file to WAL (a no-op when it is already) and returns the journal mode now in
/// force. Two connections switching a new file at once can each hold the shared lock the other
/// must wait out; SQLite then answers `SQLITE_BUSY` at once instead of calling the busy handler
/// (it would deadlock). The one that backs off retries here until the other has switched, up
/// to the busy timeout.
fn wal_mode(conn: &Connection) -> Result<String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut pause = Duration::from_millis(1);
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            other => return Ok(other?),
        }
    }
}

/// The schema version stored in the file (`PRAGMA user_version`).
pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Brings the schema up to the last of `migrations` (which must be numbered 1, 2, … in order).
pub fn migrate(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    let supported = migrations.last().map_or(0, |m| m.version);
    for (i, m) in migrations.iter().enumerate() {
        if m.version != i as i64 + 1 {
            return Err(Error::Internal(format!(
                "migration {} is out of order",
                m.name
            )));
        }
    }
    let found = schema_version(conn)?;
    if found > supported {
        return Err(Error::SchemaTooNew { found, supported });
    }
    for m in migrations.iter().filter(|m| m.version > found) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Re-check under the write lock: another connection may have migrated meanwhile.
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now >= m.version {
            continue;
        }
        tx.execute_batch(m.sql)
            .map_err(|e| Error::Internal(format!("migration {} failed: {e}", m.name)))?;
        if let Some(fill) = m.fill {
            fill(&tx).map_err(|e| Error::Internal(format!("migration {} failed: {e}", m.name)))?;
        }
        tx.pragma_update(None, "user_version", m.version)?;
        tx.commit()?;
    }
    Ok(())
}

/// A full description of a schema (tables, indexes, triggers with their SQL), used to prove
/// that a database migrated step by step equals a fresh one.
pub fn schema_fingerprint(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, COALESCE(sql, '') FROM sqlite_schema
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEPS: &[Migration] = &[
        Migration {
            version: 1,
            name: "0001_a.sql",
            sql: "CREATE TABLE a (x INTEGER);",
            fill: None,
        },
        Migration {
            version: 2,
            name: "0002_b.sql",
            sql: "CREATE TABLE b (y TEXT);",
            fill: None,
        },
    ];

    #[test]
    fn newer_schema_is_refused_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        drop(open(&path, STEPS).unwrap());
        let err = open(&path, &STEPS[..1]).unwrap_err();
        assert!(
            matches!(
                err,
                Error::SchemaTooNew {
                    found: 2,
                    supported: 1
                }
            ),
            "{err}"
        );
        let conn = open(&path, STEPS).unwrap();
        assert_eq!(schema_version(&conn).unwrap(), 2);
    }

    #[test]
    fn failed_step_leaves_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let bad = [
            STEPS[0],
            Migration {
                version: 2,
                name: "0002_bad.sql",
                sql: "CREATE TABLE c (z); NOT SQL",
                fill: None,
            },
        ];
        assert!(open(&path, &bad).is_err());
        let conn = open(&path, &STEPS[..1]).unwrap();
        assert_eq!(schema_version(&conn).unwrap(), 1);
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'c'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "the failed step's table was rolled back");
    }
}
