//! `user.db`: the sealed personal store (profile, attempts, responses, practice, history).
//!
//! Invariants:
//! - Every personal value is sealed with the current data key and bound (AAD) to its table,
//!   column and row id; a value copied to another row or column fails to open
//!   ([`Error::DataCorrupted`] naming the table, field and random row id).
//! - The keyring is loaded and its canary checked before any other row is touched.
//! - Each write is one transaction; a call returns only after its commit.
//! - The `summary` table (see [`crate::practice::summary`]) is a fold of the `history` rows: every
//!   history append updates it in the same transaction, and [`UserDb::open`] rebuilds it (one
//!   transaction, from the events) when its tallies are missing or do not open, were written
//!   for another bucket layout or fold a different number of rows than the history holds.
//!   Rebuilding is idempotent, so a process killed during it simply rebuilds again at the next
//!   open. (Item buckets are not opened at open, to keep it cheap: a damaged bucket is reported
//!   as [`Error::DataCorrupted`] when read, like any sealed value.)
//! - Each attempt has one `attempt_clock` row (schema 3), inserted with it: the clock guard
//!   (`last_seen`, never lowered), a copy of its fixed deadline, and `answered` = the number of
//!   its `responses` rows with `answered = 1`, changed in the same transaction as each
//!   response. A tap writes that small row, never the `attempts` row with the sealed plan.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use super::keys;
use super::{Migration, configure, migrate};
use crate::crypto::{Aad, KeyProvider, Keyring};
use crate::error::{Error, Result};
use crate::message::MessageId;
use crate::practice::AnswerEvent;
use crate::practice::summary::{self, ITEM_BUCKETS, ItemBucket, Tallies};

/// The schema steps of `user.db`.
pub const USER_MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_user.sql",
        sql: include_str!("migrations/user/0001_user.sql"),
        fill: None,
    },
    Migration {
        version: 2,
        name: "0002_summary.sql",
        sql: include_str!("migrations/user/0002_summary.sql"),
        fill: None,
    },
    Migration {
        version: 3,
        name: "0003_attempt_clock.sql",
        sql: include_str!("migrations/user/0003_attempt_clock.sql"),
        fill: None,
    },
    Migration {
        version: 4,
        name: "0004_responses_by_id.sql",
        sql: include_str!("migrations/user/0004_responses_by_id.sql"),
        fill: None,
    },
    Migration {
        version: 5,
        name: "0005_app_state.sql",
        sql: include_str!("migrations/user/0005_app_state.sql"),
        fill: None,
    },
];

/// Plaintext facts about an attempt (no personal content): what lists and timers need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptMeta {
    /// Random id.
    pub id: String,
    /// `active` or `submitted`.
    pub submitted: bool,
    /// Start, wall clock ms.
    pub started_at: i64,
    /// Deadline, wall clock ms (fixed at start).
    pub deadline: i64,
    /// Latest wall time observed for this attempt, ms (never decreases).
    pub last_seen: i64,
    /// Submission time, ms.
    pub submitted_at: Option<i64>,
    /// Positions holding a complete response (plaintext count, `attempt_clock.answered`).
    pub answered: u32,
}

/// An attempt's state right after a response was written (plaintext facts only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseWrite {
    /// Deadline, wall clock ms.
    pub deadline: i64,
    /// The clock guard after the write, ms.
    pub last_seen: i64,
    /// Positions holding a response.
    pub answered: u32,
}

/// The open personal store.
pub struct UserDb {
    conn: Connection,
    keyring: Keyring,
    /// A place sealed by [`UserDb::stage_place`] (with its key id), written by the next write
    /// transaction of this store inside that transaction.
    staged_place: Option<(u32, Vec<u8>)>,
}

/// Writes a staged place (see [`UserDb::stage_place`]) inside `tx`.
fn write_place(
    tx: &rusqlite::Transaction<'_>,
    staged: Option<(u32, Vec<u8>)>,
    now: i64,
) -> Result<()> {
    if let Some((kid, data)) = staged {
        tx.prepare_cached(
            "INSERT INTO app_state (id, kid, data, updated_at) VALUES ('place', ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET kid = excluded.kid, data = excluded.data,
                 updated_at = excluded.updated_at",
        )?
        .execute(params![kid, data, now])?;
    }
    Ok(())
}

impl std::fmt::Debug for UserDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserDb")
            .field("key_id", &self.keyring.current_id())
            .finish_non_exhaustive()
    }
}

/// Deletes every personal row and wrapped data key of the `user.db` at `path` without opening
/// any sealed value (`secure_delete`, VACUUM, WAL truncated).
fn scrub_without_key(path: &Path) -> Result<()> {
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags)?;
    configure(&conn)?;
    // An older file gets today's tables, so every personal table exists to be emptied.
    migrate(&mut conn, USER_MIGRATIONS)?;
    keys::erase_everything(&mut conn)
}

/// Removes the database file at `path` and SQLite's files beside it; absent ones are fine.
fn remove_with_companions(path: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", "-journal", ""] {
        let mut name = path.as_os_str().to_os_string();
        name.push(suffix);
        match std::fs::remove_file(&name) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}

/// A sealed value that does not open: where it is, never what it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DamagedRecord {
    /// The table (`attempts`, `responses`, `profile`, …).
    pub table: String,
    /// The sealed field (`plan`, `data`, …).
    pub field: String,
    /// The record's random id (reveals nothing personal).
    pub record: String,
}

const ATTEMPT_META: &str = "SELECT a.id, a.status, a.started_at, a.deadline, c.last_seen,
    a.submitted_at, c.answered FROM attempts a JOIN attempt_clock c ON c.id = a.id";

fn attempt_meta(r: &rusqlite::Row<'_>) -> rusqlite::Result<AttemptMeta> {
    Ok(AttemptMeta {
        id: r.get(0)?,
        submitted: r.get::<_, String>(1)? == "submitted",
        started_at: r.get(2)?,
        deadline: r.get(3)?,
        last_seen: r.get(4)?,
        submitted_at: r.get(5)?,
        answered: r.get(6)?,
    })
}

impl UserDb {
    /// Opens (or creates) `user.db` at `path`: schema, then the keyring through `provider`
    /// (a wrong key fails here, before anything else is read or written), then finishes a data-key
    /// rotation a killed process left half done.
    pub fn open(path: &Path, provider: &dyn KeyProvider, now: i64) -> Result<Self> {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
            | rusqlite::OpenFlags::SQLITE_OPEN_CREATE
            | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        configure(&conn)?;
        // Checkpoints run off the answer path (see `checkpoint`), never inside a commit.
        conn.execute_batch("PRAGMA wal_autocheckpoint = 0;")?;
        migrate(&mut conn, USER_MIGRATIONS)?;
        let keyring = keys::load_or_create(&conn, provider, now)?;
        let keyring = keys::finish_rotation(&mut conn, keyring, usize::MAX)?;
        let mut db = Self {
            conn,
            keyring,
            staged_place: None,
        };
        db.ensure_summary()?;
        // Opening is an idle moment: fold what an earlier process left in the WAL.
        db.checkpoint()?;
        Ok(db)
    }

    /// The id of the data key that seals new values.
    pub fn key_id(&self) -> u32 {
        self.keyring.current_id()
    }

    /// Copies the WAL into the main file (call from idle moments, not from the answer path).
    pub fn checkpoint(&self) -> Result<()> {
        let _: (i64, i64, i64) =
            self.conn
                .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
        Ok(())
    }

    /// Checkpoints and truncates the WAL (used before raw-byte audits and after erasure).
    pub fn checkpoint_truncate(&self) -> Result<()> {
        keys::checkpoint_truncate(&self.conn)
    }

    fn seal<T: Serialize>(
        &self,
        table: &str,
        field: &str,
        row: &str,
        value: &T,
    ) -> Result<Vec<u8>> {
        self.keyring.seal_json(&Aad { table, field, row }, value)
    }

    fn unseal<T: DeserializeOwned>(
        &self,
        table: &str,
        field: &str,
        row: &str,
        bytes: &[u8],
    ) -> Result<T> {
        self.keyring.open_json(&Aad { table, field, row }, bytes)
    }

    fn immediate(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }

    // ---- profile -------------------------------------------------------------------------

    /// The stored profile, if one was set.
    pub fn profile<T: DeserializeOwned>(&self) -> Result<Option<T>> {
        let row: Option<(String, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT id, data FROM profile ORDER BY updated_at DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        row.map(|(id, data)| self.unseal("profile", "data", &id, &data))
            .transpose()
    }

    /// Stores `profile`, replacing the previous one.
    pub fn put_profile<T: Serialize>(&mut self, profile: &T, now: i64) -> Result<()> {
        let existing: Option<String> = self
            .conn
            .query_row("SELECT id FROM profile LIMIT 1", [], |r| r.get(0))
            .optional()?;
        let id = existing.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
        let data = self.seal("profile", "data", &id, profile)?;
        let kid = self.key_id();
        let staged = self.staged_place.take();
        let tx = self.immediate()?;
        tx.execute(
            "INSERT INTO profile (id, kid, data, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET kid = excluded.kid, data = excluded.data, updated_at = excluded.updated_at",
            params![id, kid, data, now],
        )?;
        tx.execute("DELETE FROM profile WHERE id != ?1", [&id])?;
        write_place(&tx, staged, now)?;
        tx.commit()?;
        Ok(())
    }

    // ---- the app's place -----------------------------------------------------------------

    fn place_aad() -> Aad<'static> {
        Aad {
            table: "app_state",
            field: "data",
            row: "place",
        }
    }

    /// Where the user is (the app model's stored place, its own encoding), if stored.
    pub fn place(&self) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let data: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT data FROM app_state WHERE id = 'place'")?
            .query_row([], |r| r.get(0))
            .optional()?;
        data.map(|d| self.keyring.open(&Self::place_aad(), &d))
            .transpose()
    }

    /// Seals `place` to be written by the next write transaction of this store, inside that
    /// transaction, so a change and the place it leads to commit together (an answer and the
    /// position it was given at; an attempt and the exam screen that shows it). A write that
    /// fails drops it; [`UserDb::put_place`] writes it alone.
    pub fn stage_place(&mut self, place: &[u8]) -> Result<()> {
        let data = self.keyring.seal(&Self::place_aad(), place)?;
        self.staged_place = Some((self.key_id(), data));
        Ok(())
    }

    /// Stores `place` now, in its own transaction (with nothing else to write).
    pub fn put_place(&mut self, place: &[u8], now: i64) -> Result<()> {
        self.stage_place(place)?;
        let staged = self.staged_place.take();
        let tx = self.immediate()?;
        write_place(&tx, staged, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Whether a place staged by [`UserDb::stage_place`] still waits for a write.
    pub fn place_is_staged(&self) -> bool {
        self.staged_place.is_some()
    }

    /// Drops a place staged by [`UserDb::stage_place`] that no write carried.
    pub fn unstage_place(&mut self) {
        self.staged_place = None;
    }

    // ---- attempts ------------------------------------------------------------------------

    /// Stores a new attempt with its sealed plan.
    pub fn insert_attempt<T: Serialize>(
        &mut self,
        id: &str,
        plan: &T,
        started_at: i64,
        deadline: i64,
    ) -> Result<()> {
        let data = self.seal("attempts", "plan", id, plan)?;
        let kid = self.key_id();
        let staged = self.staged_place.take();
        let tx = self.immediate()?;
        tx.execute(
            "INSERT INTO attempts (id, status, started_at, deadline, kid, plan)
             VALUES (?1, 'active', ?2, ?3, ?4, ?5)",
            params![id, started_at, deadline, kid, data],
        )?;
        tx.execute(
            "INSERT INTO attempt_clock (id, deadline, last_seen, answered) VALUES (?1, ?2, ?3, 0)",
            params![id, deadline, started_at],
        )?;
        write_place(&tx, staged, started_at)?;
        tx.commit()?;
        Ok(())
    }

    /// Plaintext facts about one attempt.
    pub fn attempt_meta(&self, id: &str) -> Result<AttemptMeta> {
        self.conn
            .prepare_cached(&format!("{ATTEMPT_META} WHERE a.id = ?1"))?
            .query_row([id], attempt_meta)
            .optional()?
            .ok_or_else(|| {
                Error::not_found(
                    MessageId::AttemptNotFound,
                    format!("no attempt with id {id}"),
                )
            })
    }

    /// All attempts, newest first.
    pub fn attempts(&self) -> Result<Vec<AttemptMeta>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{ATTEMPT_META} ORDER BY a.started_at DESC, a.id"))?;
        let rows = stmt.query_map([], attempt_meta)?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// The sealed plan of an attempt.
    pub fn attempt_plan<T: DeserializeOwned>(&self, id: &str) -> Result<T> {
        self.sealed_by_id("attempts", "plan", id, "attempt")
    }

    /// Opens the sealed `column` of the row `id` of `table`; `what` names the record in the
    /// NotFound message.
    fn sealed_by_id<T: DeserializeOwned>(
        &self,
        table: &str,
        column: &str,
        id: &str,
        what: &str,
    ) -> Result<T> {
        let data: Vec<u8> = self
            .conn
            .prepare_cached(&format!("SELECT {column} FROM {table} WHERE id = ?1"))?
            .query_row([id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| {
                let id_message = if what == "practice session" {
                    MessageId::PracticeNotFound
                } else {
                    MessageId::AttemptNotFound
                };
                Error::not_found(id_message, format!("no {what} with id {id}"))
            })?;
        self.unseal(table, column, id, &data)
    }

    /// The sealed result of a submitted attempt.
    pub fn attempt_result<T: DeserializeOwned>(&self, id: &str) -> Result<Option<T>> {
        let data: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT result FROM attempts WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .ok_or_else(|| {
                Error::not_found(
                    MessageId::AttemptNotFound,
                    format!("no attempt with id {id}"),
                )
            })?;
        data.map(|d| self.unseal("attempts", "result", id, &d))
            .transpose()
    }

    /// Records the latest wall time seen for an attempt (never lowers it); returns the guarded
    /// time (`max(last_seen, now)`).
    pub fn touch_attempt(&mut self, id: &str, now: i64) -> Result<i64> {
        let staged = self.staged_place.take();
        let tx = self.immediate()?;
        let seen: i64 = tx
            .query_row(
                "UPDATE attempt_clock SET last_seen = MAX(last_seen, ?2) WHERE id = ?1
                 RETURNING last_seen",
                params![id, now],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| {
                Error::not_found(
                    MessageId::AttemptNotFound,
                    format!("no attempt with id {id}"),
                )
            })?;
        write_place(&tx, staged, now)?;
        tx.commit()?;
        Ok(seen)
    }

    /// The recorded responses of an attempt, by position.
    pub fn responses<R: DeserializeOwned>(&self, attempt: &str) -> Result<Vec<(u32, R)>> {
        let mut stmt = self.conn.prepare_cached(
            // One range of the key: ids are '<attempt id>:<position>' (';' follows ':').
            "SELECT id, position, data FROM responses
             WHERE id > ?1 || ':' AND id < ?1 || ';' AND attempt_id = ?1 ORDER BY position",
        )?;
        let rows = stmt
            .query_map([attempt], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                ))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, pos, data)| Ok((pos, self.unseal("responses", "data", &id, &data)?)))
            .collect()
    }

    /// Stores (or replaces) the response at `position` and advances the attempt's clock guard,
    /// in one committed transaction, but only while the attempt is active.
    pub fn put_response<R: Serialize>(
        &mut self,
        attempt: &str,
        position: u32,
        record: &R,
        answered: bool,
        now: i64,
    ) -> Result<()> {
        let id = format!("{attempt}:{position}");
        let data = self.seal("responses", "data", &id, record)?;
        let kid = self.key_id();
        let staged = self.staged_place.take();
        let tx = self.immediate()?;
        // The answered count moves by this response's change (the row it replaces, if any).
        let updated = tx
            .prepare_cached(
                "UPDATE attempt_clock SET last_seen = MAX(last_seen, ?2),
                     answered = answered + ?3
                         - coalesce((SELECT answered FROM responses WHERE id = ?4), 0)
                 WHERE id = ?1
                   AND (SELECT status FROM attempts WHERE id = ?1) = 'active'",
            )?
            .execute(params![attempt, now, answered, id])?;
        if updated != 1 {
            return Err(Error::conflict_text(
                "the attempt is no longer open for answers",
            ));
        }
        tx.prepare_cached(
            "INSERT INTO responses (id, attempt_id, position, answered, kid, data, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (id) DO UPDATE SET answered = excluded.answered, kid = excluded.kid, data = excluded.data, updated_at = excluded.updated_at",
        )?
        .execute(params![id, attempt, position, answered, kid, data, now])?;
        write_place(&tx, staged, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Changes the record at `position` in one IMMEDIATE transaction, only while the attempt is
    /// open — active, and its deadline after both `now` and its clock guard: reads the current
    /// record (`None` if there is none), lets `change` produce the new one with whether it holds
    /// a response (`None` removes the row), writes it, advances the clock guard to `now`, and
    /// returns the attempt's state after the commit.
    ///
    /// Returns `Ok(None)` and writes nothing when the attempt is not open (unknown, submitted,
    /// or out of time): the caller finds out which and finalizes an expired attempt. Reading and
    /// writing in one transaction means a change made by another connection between them
    /// cannot be lost (the flag survives an answer, an answer a flag).
    pub fn update_response<R, F>(
        &mut self,
        attempt: &str,
        position: u32,
        now: i64,
        change: F,
    ) -> Result<Option<ResponseWrite>>
    where
        R: Serialize + DeserializeOwned,
        F: FnOnce(Option<R>) -> Option<(R, bool)>,
    {
        let id = format!("{attempt}:{position}");
        let kid = self.key_id();
        let staged = self.staged_place.take();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // The current record and whether it counted as answered.
        let (current, was_answered): (Option<Vec<u8>>, bool) = tx
            .prepare_cached("SELECT data, answered FROM responses WHERE id = ?1")?
            .query_row([&id], |r| Ok((Some(r.get(0)?), r.get(1)?)))
            .optional()?
            .unwrap_or((None, false));
        let aad = Aad {
            table: "responses",
            field: "data",
            row: &id,
        };
        let current = current
            .map(|d| self.keyring.open_json::<R>(&aad, &d))
            .transpose()?;
        let next = change(current);
        let now_answered = next.as_ref().is_some_and(|(_, answered)| *answered);
        // The open check (active, deadline after both now and the guard), the guard and the
        // answered count in one statement; no row means not open, and nothing is written.
        let guard = tx
            .prepare_cached(
                "UPDATE attempt_clock SET last_seen = MAX(last_seen, ?2), answered = answered + ?3
                 WHERE id = ?1 AND deadline > MAX(last_seen, ?2)
                   AND (SELECT status FROM attempts WHERE id = ?1) = 'active'
                 RETURNING deadline, last_seen, answered",
            )?
            .query_row(
                params![
                    attempt,
                    now,
                    i64::from(now_answered) - i64::from(was_answered)
                ],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((deadline, last_seen, answered)) = guard else {
            return Ok(None); // dropped: rolled back
        };
        match next {
            Some((record, holds)) => {
                let data = self.keyring.seal_json(&aad, &record)?;
                tx.prepare_cached(
                    "INSERT INTO responses (id, attempt_id, position, answered, kid, data, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (id) DO UPDATE SET answered = excluded.answered, kid = excluded.kid, data = excluded.data, updated_at = excluded.updated_at",
                )?
                .execute(params![id, attempt, position, holds, kid, data, now])?;
            }
            None => {
                tx.prepare_cached("DELETE FROM responses WHERE id = ?1")?
                    .execute([&id])?;
            }
        }
        write_place(&tx, staged, now)?;
        tx.commit()?;
        Ok(Some(ResponseWrite {
            deadline,
            last_seen,
            answered,
        }))
    }

    /// Closes an attempt: stores its sealed result and appends its answers to the history, in one
    /// transaction. Fails with [`Error::Conflict`] if it was already submitted.
    pub fn submit_attempt<T: Serialize>(
        &mut self,
        id: &str,
        result: &T,
        events: &[AnswerEvent],
        at: i64,
    ) -> Result<()> {
        let result = self.seal("attempts", "result", id, result)?;
        let history_id = uuid::Uuid::new_v4().to_string();
        let history = self.seal("history", "data", &history_id, &events)?;
        let kid = self.key_id();
        let staged = self.staged_place.take();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE attempts SET status = 'submitted', submitted_at = ?2, result = ?3
             WHERE id = ?1 AND status = 'active'",
            params![id, at, result],
        )?;
        if n != 1 {
            return Err(Error::AlreadySubmitted);
        }
        // `kid` is left as it was: the plan may still be sealed with that key, and a rotation
        // re-seals every column of a row whose kid is not the current key.
        tx.execute(
            "INSERT INTO history (id, at, kid, data) VALUES (?1, ?2, ?3, ?4)",
            params![history_id, at, kid, history],
        )?;
        fold_summary(&tx, &self.keyring, events)?;
        write_place(&tx, staged, at)?;
        tx.commit()?;
        Ok(())
    }

    // ---- history -------------------------------------------------------------------------

    /// Appends one history row (a batch of answer events) and folds it into the summary, in
    /// one transaction.
    pub fn append_history(&mut self, events: &[AnswerEvent], at: i64) -> Result<()> {
        let id = uuid::Uuid::new_v4().to_string();
        let data = self.seal("history", "data", &id, &events)?;
        let kid = self.key_id();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.prepare_cached("INSERT INTO history (id, at, kid, data) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![id, at, kid, data])?;
        fold_summary(&tx, &self.keyring, events)?;
        tx.commit()?;
        Ok(())
    }

    /// Every history row, oldest first (equal times in the order they were appended).
    pub fn history<H: DeserializeOwned>(&self) -> Result<Vec<H>> {
        history_rows(&self.conn, &self.keyring)
    }

    /// The per subject and topic tallies of the whole history (one envelope).
    pub fn tallies(&self) -> Result<Tallies> {
        match read_part::<Tallies>(&self.conn, &self.keyring, 0)? {
            Some((_, t)) => Ok(t),
            // Only after an erase that has not appended yet, or a damaged summary: the events
            // give the same answer, slowly.
            None => Ok(summary_from_history(&self.conn, &self.keyring)?.0),
        }
    }

    /// Every item bucket of the summary, opened (still encoded), with its row id; `None` when no
    /// summary is stored (see [`UserDb::tallies`]).
    fn opened_buckets(&self) -> Result<Option<Vec<OpenedPart>>> {
        if read_part::<Tallies>(&self.conn, &self.keyring, 0)?.is_none() {
            return Ok(None);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, data FROM summary WHERE part > 0 ORDER BY part")?;
        let mut rows = stmt.query([])?;
        let mut opened = Vec::with_capacity(ITEM_BUCKETS as usize);
        while let Some(r) = rows.next()? {
            let id = r
                .get_ref(0)?
                .as_str()
                .map_err(|_| Error::DatabaseCorrupt("summary has a non-text id".into()))?;
            let sealed = r
                .get_ref(1)?
                .as_blob()
                .map_err(|_| summary_aad(id).corrupted())?;
            let plain = self.keyring.open(&summary_aad(id), sealed)?;
            opened.push((id.to_string(), plain));
        }
        Ok(Some(opened))
    }

    /// When each question id and translation group was last seen (see
    /// [`crate::practice::last_seen`]), from the summary: the buckets are decoded straight into
    /// the map, sized up front.
    pub fn last_seen(&self) -> Result<HashMap<String, i64>> {
        let Some(opened) = self.opened_buckets()? else {
            let mut out = HashMap::new();
            for b in summary_from_history(&self.conn, &self.keyring)?.1.values() {
                b.merge_seen(&mut out);
            }
            return Ok(out);
        };
        let mut out =
            HashMap::with_capacity(opened.iter().map(|(_, p)| ItemBucket::seen_len(p)).sum());
        for (id, plain) in &opened {
            ItemBucket::visit(
                plain,
                |k, at| summary::merge_seen(&mut out, k, at),
                |_, _, _| {},
            )
            .ok_or_else(|| summary_aad(id).corrupted())?;
        }
        Ok(out)
    }

    /// Items last answered wrongly, most recent first (see [`crate::practice::mistakes`]), from
    /// the summary.
    pub fn mistakes(&self) -> Result<Vec<String>> {
        let Some(opened) = self.opened_buckets()? else {
            let buckets: Vec<ItemBucket> = summary_from_history(&self.conn, &self.keyring)?
                .1
                .into_values()
                .collect();
            return Ok(summary::mistakes_of(&buckets));
        };
        let mut wrong = Vec::new();
        for (id, plain) in &opened {
            ItemBucket::visit(
                plain,
                |_, _| {},
                |k, at, ok| {
                    if !ok {
                        wrong.push((k.to_string(), at));
                    }
                },
            )
            .ok_or_else(|| summary_aad(id).corrupted())?;
        }
        Ok(summary::order_mistakes(wrong))
    }

    /// Rebuilds the summary from the history when it is missing or stale (see the module docs).
    fn ensure_summary(&mut self) -> Result<()> {
        let fresh = match read_part::<Tallies>(&self.conn, &self.keyring, 0) {
            Ok(Some((_, t))) => {
                let rows: i64 = self
                    .conn
                    .query_row("SELECT count(*) FROM history", [], |r| r.get(0))?;
                t.buckets == ITEM_BUCKETS && i64::try_from(t.rows).ok() == Some(rows)
            }
            Ok(None) => false,
            // Derived data that does not open is rebuilt from the source of truth; a history
            // row that does not open is left out of it (and named by `damaged_records`).
            Err(Error::DataCorrupted { .. }) => false,
            Err(e) => return Err(e),
        };
        if !fresh {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            rebuild_summary(&tx, &self.keyring)?;
            tx.commit()?;
        }
        Ok(())
    }

    // ---- practice ------------------------------------------------------------------------

    /// Stores or replaces a practice session.
    pub fn put_practice<T: Serialize>(
        &mut self,
        id: &str,
        plan: &T,
        finished: bool,
        now: i64,
    ) -> Result<()> {
        let data = self.seal("practice", "data", id, plan)?;
        let kid = self.key_id();
        let status = if finished { "finished" } else { "active" };
        let staged = self.staged_place.take();
        let tx = self.immediate()?;
        tx.prepare_cached(
            "INSERT INTO practice (id, status, created_at, kid, data) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET status = excluded.status, kid = excluded.kid, data = excluded.data",
        )?
        .execute(params![id, status, now, kid, data])?;
        write_place(&tx, staged, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Stores a practice session's new state and appends an answer event, in one transaction.
    pub fn practice_answer<T: Serialize>(
        &mut self,
        id: &str,
        plan: &T,
        finished: bool,
        events: &[AnswerEvent],
        at: i64,
    ) -> Result<()> {
        let data = self.seal("practice", "data", id, plan)?;
        let history_id = uuid::Uuid::new_v4().to_string();
        let history = self.seal("history", "data", &history_id, &events)?;
        let kid = self.key_id();
        let status = if finished { "finished" } else { "active" };
        let staged = self.staged_place.take();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx
            .prepare_cached("UPDATE practice SET status = ?2, kid = ?3, data = ?4 WHERE id = ?1")?
            .execute(params![id, status, kid, data])?;
        if n != 1 {
            return Err(Error::not_found(
                MessageId::PracticeNotFound,
                format!("no practice session with id {id}"),
            ));
        }
        tx.prepare_cached("INSERT INTO history (id, at, kid, data) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![history_id, at, kid, history])?;
        fold_summary(&tx, &self.keyring, events)?;
        write_place(&tx, staged, at)?;
        tx.commit()?;
        Ok(())
    }

    /// A practice session's state.
    pub fn practice<T: DeserializeOwned>(&self, id: &str) -> Result<T> {
        self.sealed_by_id("practice", "data", id, "practice session")
    }

    /// Ids of all practice sessions, newest first.
    pub fn practice_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM practice ORDER BY created_at DESC, id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    // ---- keys and the user's rights ---------------------------------------------------------

    /// Re-wraps the data keys with `new_provider` (the wrapping key changed).
    pub fn rotate_wrapping_key(&mut self, new_provider: &dyn KeyProvider) -> Result<()> {
        keys::rewrap(&mut self.conn, &self.keyring, new_provider)
    }

    /// Replaces the data key and re-seals every value with the new one (resumable).
    pub fn rotate_data_key(&mut self, provider: &dyn KeyProvider, now: i64) -> Result<()> {
        match keys::rotate_data_key(&mut self.conn, &self.keyring, provider, now) {
            Ok(k) => {
                self.keyring = k;
                Ok(())
            }
            Err(e) => {
                // Reload from disk: whatever committed is consistent and resumable.
                self.keyring = keys::load_or_create(&self.conn, provider, now)?;
                Err(e)
            }
        }
    }

    /// Starts a data-key rotation and re-seals at most `batches` batches (for kill tests and
    /// for spreading a large rotation over idle moments); [`UserDb::open`] finishes the rest.
    pub fn rotate_data_key_partially(
        &mut self,
        provider: &dyn KeyProvider,
        now: i64,
        batches: usize,
    ) -> Result<()> {
        let result = keys::start_rotation(&mut self.conn, &self.keyring, provider, now)
            .and_then(|k| keys::finish_rotation(&mut self.conn, k, batches));
        match result {
            Ok(k) => {
                self.keyring = k;
                Ok(())
            }
            Err(e) => {
                self.keyring = keys::load_or_create(&self.conn, provider, now)?;
                Err(e)
            }
        }
    }

    /// Deletes every personal row and the data key, VACUUMs, and starts afresh with a new data key.
    pub fn erase(&mut self, provider: &dyn KeyProvider, now: i64) -> Result<()> {
        self.staged_place = None;
        keys::erase_everything(&mut self.conn)?;
        self.keyring = keys::load_or_create(&self.conn, provider, now)?;
        self.ensure_summary()
    }

    /// Erases the `user.db` at `path` without its key, for a user whose key is gone (a reset
    /// keystore, a lost key file): sealed values no longer open, but they can still be deleted.
    /// First every personal row and every wrapped data key is deleted (`secure_delete`), the
    /// file VACUUMed and its WAL truncated, as [`UserDb::erase`] does, so the disk blocks the
    /// file leaves behind hold nothing; then the file is removed with its `-wal`, `-shm` and
    /// `-journal` files, and the next [`UserDb::open`] starts afresh with the provider it is
    /// given. A file SQLite cannot read as a database, or one a newer version wrote, is removed
    /// as it is. No file is nothing to erase.
    ///
    /// Must not run while this process holds the file open (a [`UserDb`] would go on sealing
    /// into a removed file; the facade refuses then); another process's write is waited for,
    /// then reported.
    pub fn erase_without_key(path: &Path) -> Result<()> {
        if path.exists() {
            match scrub_without_key(path) {
                Ok(()) | Err(Error::DatabaseCorrupt(_) | Error::SchemaTooNew { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        remove_with_companions(path)
    }

    /// Every sealed value that does not open (damaged, or moved from another record), by table,
    /// field and record id, in the order of [`keys::SEALED_COLUMNS`]. Reads every value, like
    /// the export.
    pub fn damaged_records(&self) -> Result<Vec<DamagedRecord>> {
        Ok(self.export_tables()?.1)
    }

    /// Removes the records `damaged` names, in one transaction: an attempt with its responses
    /// and clock, a response (its attempt's answered count follows), a profile, a practice
    /// session, a history event, the app's place. The history summary is rebuilt from what is
    /// left when a history event or a summary part is named. Names of records that are not
    /// there are skipped; names of tables that hold no sealed values are refused.
    pub fn remove_records(&mut self, damaged: &[DamagedRecord]) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut summary = false;
        for d in damaged {
            let id = d.record.as_str();
            match d.table.as_str() {
                "responses" => {
                    let answered: Option<(String, i64)> = tx
                        .query_row(
                            "SELECT attempt_id, answered FROM responses WHERE id = ?1",
                            [id],
                            |r| Ok((r.get(0)?, r.get(1)?)),
                        )
                        .optional()?;
                    if let Some((attempt, 1)) = &answered {
                        tx.execute(
                            "UPDATE attempt_clock SET answered = max(answered - 1, 0) WHERE id = ?1",
                            [attempt],
                        )?;
                    }
                    tx.execute("DELETE FROM responses WHERE id = ?1", [id])?;
                }
                // Responses and the clock go with the attempt (ON DELETE CASCADE).
                "attempts" | "profile" | "practice" | "app_state" => {
                    tx.execute(&format!("DELETE FROM {} WHERE id = ?1", d.table), [id])?;
                }
                "history" => {
                    tx.execute("DELETE FROM history WHERE id = ?1", [id])?;
                    summary = true;
                }
                "summary" => summary = true,
                other => {
                    return Err(Error::invalid_input(format!(
                        "{other} holds no sealed records"
                    )));
                }
            }
        }
        if summary {
            rebuild_summary(&tx, &self.keyring)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every sealed row of every personal table, opened, as JSON values keyed by table (the
    /// user's right of access), and the values that did not open. `columns` of each row are
    /// the opened JSON values; a value that does not open is `null` there and named in the
    /// list (one damaged value never hides the rest).
    pub fn export_tables(
        &self,
    ) -> Result<(
        serde_json::Map<String, serde_json::Value>,
        Vec<DamagedRecord>,
    )> {
        let mut out = serde_json::Map::new();
        let mut damaged = Vec::new();
        for (table, columns) in keys::SEALED_COLUMNS {
            let plain_cols = match *table {
                "attempts" => "status, started_at, deadline, submitted_at",
                "responses" => "attempt_id, position, answered, updated_at",
                "practice" => "status, created_at",
                "history" => "at",
                "summary" => "part",
                _ => "updated_at",
            };
            // Insertion order where the table has one; `responses` is keyed by id alone.
            let order = if *table == "responses" {
                "attempt_id, position"
            } else {
                "rowid"
            };
            let sql = format!(
                "SELECT id, {}, {plain_cols} FROM {table} ORDER BY {order}",
                columns.join(", ")
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let ncols = stmt.column_count();
            let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
            let rows = stmt
                .query_map([], |r| {
                    let mut vals: Vec<rusqlite::types::Value> = Vec::with_capacity(ncols);
                    for i in 0..ncols {
                        vals.push(r.get(i)?);
                    }
                    Ok(vals)
                })?
                .collect::<std::result::Result<Vec<_>, _>>()?;
            let mut list = Vec::with_capacity(rows.len());
            for vals in rows {
                let mut obj = serde_json::Map::new();
                let id = match &vals[0] {
                    rusqlite::types::Value::Text(s) => s.clone(),
                    _ => return Err(Error::DatabaseCorrupt(format!("{table} has a non-text id"))),
                };
                obj.insert("id".into(), id.clone().into());
                for (i, val) in vals.iter().enumerate().skip(1) {
                    let name = &names[i];
                    let json = if columns.contains(&name.as_str()) {
                        let opened = match val {
                            rusqlite::types::Value::Blob(b) if *table == "summary" => {
                                summary_export(&self.keyring, &id, b)
                            }
                            rusqlite::types::Value::Blob(b) => {
                                self.unseal::<serde_json::Value>(table, name, &id, b)
                            }
                            _ => Ok(serde_json::Value::Null),
                        };
                        match opened {
                            Ok(v) => v,
                            Err(Error::DataCorrupted { table, field, row }) => {
                                damaged.push(DamagedRecord {
                                    table,
                                    field,
                                    record: row,
                                });
                                serde_json::Value::Null
                            }
                            Err(e) => return Err(e),
                        }
                    } else {
                        match val {
                            rusqlite::types::Value::Integer(n) => (*n).into(),
                            rusqlite::types::Value::Text(s) => s.clone().into(),
                            _ => serde_json::Value::Null,
                        }
                    };
                    obj.insert(name.clone(), json);
                }
                list.push(serde_json::Value::Object(obj));
            }
            out.insert((*table).to_string(), serde_json::Value::Array(list));
        }
        Ok((out, damaged))
    }

    /// `PRAGMA integrity_check` is `ok`.
    pub fn integrity_ok(&self) -> Result<bool> {
        let s: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(s == "ok")
    }

    /// Limits the database's size in pages (tests of a full disk).
    pub fn set_max_page_count(&self, pages: u32) -> Result<()> {
        let _: i64 = self
            .conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
                r.get(0)
            })?;
        Ok(())
    }
}

// ---- the history summary (free functions: they run inside a transaction borrowed from the
// connection while the keyring is borrowed beside it) ---------------------------------------

/// Every history row opened, oldest first; equal times in append order (rowid: `history` is an
/// ordinary rowid table and only `erase` VACUUMs it, after deleting every row).
fn history_rows<H: DeserializeOwned>(conn: &Connection, keyring: &Keyring) -> Result<Vec<H>> {
    let mut stmt = conn.prepare_cached("SELECT id, data FROM history ORDER BY at, rowid")?;
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, data) in rows {
        let aad = Aad {
            table: "history",
            field: "data",
            row: &id,
        };
        match keyring.open_json(&aad, &data) {
            Ok(h) => out.push(h),
            // One damaged event costs that event only: the rest of the history (progress,
            // mistakes, the summary) is read without it; `damaged_records` names it.
            Err(Error::DataCorrupted { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// A summary part's row id and its opened plaintext.
type OpenedPart = (String, Zeroizing<Vec<u8>>);

/// One part of the summary (0 = tallies, 1.. = item buckets), opened, with its row id.
fn read_raw_part(conn: &Connection, keyring: &Keyring, part: u32) -> Result<Option<OpenedPart>> {
    let row: Option<(String, Vec<u8>)> = conn
        .prepare_cached("SELECT id, data FROM summary WHERE part = ?1")?
        .query_row([part], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    row.map(|(id, data)| {
        let plain = keyring.open(&summary_aad(&id), &data)?;
        Ok((id, plain))
    })
    .transpose()
}

fn summary_aad(id: &str) -> Aad<'_> {
    Aad {
        table: "summary",
        field: "data",
        row: id,
    }
}

/// The tallies (part 0, JSON) with their row id, if stored.
fn read_part<T: DeserializeOwned>(
    conn: &Connection,
    keyring: &Keyring,
    part: u32,
) -> Result<Option<(String, T)>> {
    read_raw_part(conn, keyring, part)?
        .map(|(id, plain)| {
            let value = serde_json::from_slice(&plain).map_err(|_| summary_aad(&id).corrupted())?;
            Ok((id, value))
        })
        .transpose()
}

/// One item bucket with its row id, if stored.
fn read_bucket(
    conn: &Connection,
    keyring: &Keyring,
    part: u32,
) -> Result<Option<(String, ItemBucket)>> {
    read_raw_part(conn, keyring, part)?
        .map(|(id, plain)| {
            let bucket = ItemBucket::decode(&plain).ok_or_else(|| summary_aad(&id).corrupted())?;
            Ok((id, bucket))
        })
        .transpose()
}

/// Seals and stores one part's plaintext (`id` = the existing row's id, or `None` for a new
/// random one).
fn write_part(
    conn: &Connection,
    keyring: &Keyring,
    part: u32,
    id: Option<String>,
    plain: &[u8],
) -> Result<()> {
    let id = id.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let data = keyring.seal(&summary_aad(&id), plain)?;
    conn.prepare_cached(
        "INSERT INTO summary (id, part, kid, data) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET kid = excluded.kid, data = excluded.data",
    )?
    .execute(params![id, part, keyring.current_id(), data])?;
    Ok(())
}

fn write_tallies(
    conn: &Connection,
    keyring: &Keyring,
    id: Option<String>,
    tallies: &Tallies,
) -> Result<()> {
    let json =
        Zeroizing::new(serde_json::to_vec(tallies).map_err(|e| Error::Internal(e.to_string()))?);
    write_part(conn, keyring, 0, id, &json)
}

fn write_bucket(
    conn: &Connection,
    keyring: &Keyring,
    part: u32,
    id: Option<String>,
    bucket: &ItemBucket,
) -> Result<()> {
    write_part(conn, keyring, part, id, &Zeroizing::new(bucket.encode()))
}

/// A summary part as readable JSON for the export: the tallies are JSON already; an item
/// bucket is decoded from its binary layout.
fn summary_export(keyring: &Keyring, id: &str, sealed: &[u8]) -> Result<serde_json::Value> {
    let aad = summary_aad(id);
    let plain = keyring.open(&aad, sealed)?;
    let value = match plain.first() {
        Some(b'{') => serde_json::from_slice(&plain).ok(),
        _ => ItemBucket::decode(&plain).and_then(|b| serde_json::to_value(b).ok()),
    };
    value.ok_or_else(|| aad.corrupted())
}

/// The summary of the whole history, computed from its events.
fn summary_from_history(
    conn: &Connection,
    keyring: &Keyring,
) -> Result<(Tallies, BTreeMap<u32, ItemBucket>)> {
    let mut tallies = Tallies::new();
    let mut buckets = BTreeMap::new();
    let opened = history_rows::<Vec<AnswerEvent>>(conn, keyring)?;
    let all: i64 = conn.query_row("SELECT count(*) FROM history", [], |r| r.get(0))?;
    for events in &opened {
        tallies.fold(events);
        summary::fold_items(&mut buckets, events);
    }
    // Damaged rows count as rows without events, so the summary stays fresh (its row count
    // is the table's) and is not rebuilt at every open.
    for _ in opened.len()..usize::try_from(all).unwrap_or(0) {
        tallies.fold(&[]);
    }
    Ok((tallies, buckets))
}

/// Replaces the stored summary with one computed from the history (inside the caller's
/// transaction).
fn rebuild_summary(conn: &Connection, keyring: &Keyring) -> Result<()> {
    let (tallies, buckets) = summary_from_history(conn, keyring)?;
    conn.execute("DELETE FROM summary", [])?;
    write_tallies(conn, keyring, None, &tallies)?;
    for (part, bucket) in &buckets {
        write_bucket(conn, keyring, *part, None, bucket)?;
    }
    Ok(())
}

/// Folds one just-inserted history row's `events` into the stored summary (inside the
/// caller's transaction, so both commit or neither). Without a stored summary, rebuilds it
/// from the whole history, which already holds the new row.
fn fold_summary(conn: &Connection, keyring: &Keyring, events: &[AnswerEvent]) -> Result<()> {
    let Some((id, mut tallies)) = read_part::<Tallies>(conn, keyring, 0)? else {
        return rebuild_summary(conn, keyring);
    };
    tallies.fold(events);
    write_tallies(conn, keyring, Some(id), &tallies)?;
    let mut by_bucket: BTreeMap<u32, Vec<&AnswerEvent>> = BTreeMap::new();
    for e in events {
        by_bucket
            .entry(summary::bucket_of(e.item_key()))
            .or_default()
            .push(e);
    }
    for (part, events) in by_bucket {
        let (id, mut bucket) = match read_bucket(conn, keyring, part)? {
            Some((id, b)) => (Some(id), b),
            None => (None, ItemBucket::default()),
        };
        for e in events {
            bucket.fold(e);
        }
        write_bucket(conn, keyring, part, id, &bucket)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{migrate, schema_fingerprint, schema_version};

    /// A user.db brought up one schema step at a time (as devices upgrading app versions do)
    /// equals one created at the newest schema.
    #[test]
    fn stepwise_migration_equals_fresh() {
        let dir = tempfile::tempdir().unwrap();
        let mut stepwise = Connection::open(dir.path().join("stepwise.db")).unwrap();
        for k in 1..=USER_MIGRATIONS.len() {
            migrate(&mut stepwise, &USER_MIGRATIONS[..k]).unwrap();
            assert_eq!(schema_version(&stepwise).unwrap(), k as i64);
        }
        let mut fresh = Connection::open(dir.path().join("fresh.db")).unwrap();
        migrate(&mut fresh, USER_MIGRATIONS).unwrap();
        assert_eq!(
            schema_fingerprint(&stepwise).unwrap(),
            schema_fingerprint(&fresh).unwrap()
        );
        assert!(!schema_fingerprint(&fresh).unwrap().is_empty());
    }

    /// Schema 3 moves each attempt's clock guard to `attempt_clock` and fills its answered
    /// count from its responses: flags alone do not count, another attempt's do not either.
    #[test]
    fn schema_3_counts_the_answers_already_stored() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = Connection::open(dir.path().join("user.db")).unwrap();
        migrate(&mut conn, &USER_MIGRATIONS[..2]).unwrap();
        for a in ["a", "b", "c"] {
            conn.execute(
                "INSERT INTO attempts (id, status, kid, plan, started_at, deadline, last_seen)
                 VALUES (?1, 'active', 1, x'00', 0, 1, 7)",
                [a],
            )
            .unwrap();
        }
        for (attempt, position, answered) in [("a", 1, 1), ("a", 2, 1), ("a", 3, 0), ("b", 1, 1)] {
            conn.execute(
                "INSERT INTO responses (id, attempt_id, position, answered, kid, data, updated_at)
                 VALUES (?1 || ':' || ?2, ?1, ?2, ?3, 1, x'00', 0)",
                params![attempt, position, answered],
            )
            .unwrap();
        }
        migrate(&mut conn, USER_MIGRATIONS).unwrap();
        let clock = |a: &str| -> (i64, i64, u32) {
            conn.query_row(
                "SELECT deadline, last_seen, answered FROM attempt_clock WHERE id = ?1",
                [a],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap()
        };
        assert_eq!(
            (clock("a"), clock("b"), clock("c")),
            ((1, 7, 2), (1, 7, 1), (1, 7, 0))
        );
    }

    /// Schema 4 rebuilds `responses` keyed by id alone: every sealed response still opens (the
    /// id, part of its associated data, is kept), in position order, and writes go on.
    #[test]
    fn schema_4_keeps_every_sealed_response() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.db");
        let key = crate::crypto::StaticKeyProvider::new(zeroize::Zeroizing::new([3u8; 32]));
        let stored = [(10, "ten", true), (2, "two", false), (1, "one", true)];
        {
            let mut db = UserDb::open(&path, &key, 1).unwrap();
            db.insert_attempt("a", &"plan", 1, 100_000).unwrap();
            db.insert_attempt("b", &"plan", 1, 100_000).unwrap();
            for (position, text, answered) in stored {
                db.put_response("a", position, &text, answered, 2).unwrap();
            }
            db.put_response("b", 1, &"other", true, 2).unwrap();
        }
        // The same file as schema 3 left it: `responses` a rowid table with two unique indexes.
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "ALTER TABLE responses RENAME TO responses_4;
                 CREATE TABLE responses (
                     id         TEXT    PRIMARY KEY,
                     attempt_id TEXT    NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
                     position   INTEGER NOT NULL,
                     answered   INTEGER NOT NULL CHECK (answered IN (0, 1)),
                     kid        INTEGER NOT NULL,
                     data       BLOB    NOT NULL,
                     updated_at INTEGER NOT NULL,
                     UNIQUE (attempt_id, position)
                 ) STRICT;
                 INSERT INTO responses SELECT * FROM responses_4;
                 DROP TABLE responses_4;
                 DROP TABLE app_state;
                 PRAGMA user_version = 3;",
            )
            .unwrap();
        }
        let mut db = UserDb::open(&path, &key, 3).unwrap();
        assert_eq!(
            schema_version(&db.conn).unwrap(),
            USER_MIGRATIONS.len() as i64
        );
        let read: Vec<(u32, String)> = db.responses("a").unwrap();
        assert_eq!(
            read,
            vec![(1, "one".into()), (2, "two".into()), (10, "ten".into())]
        );
        db.put_response("a", 3, &"three", true, 4).unwrap();
        assert_eq!(db.responses::<String>("a").unwrap().len(), 4);
        assert_eq!(
            db.responses::<String>("b").unwrap(),
            vec![(1, "other".to_string())]
        );
        // An id that is not '<attempt>:<position>' is refused by the table itself.
        let err = db
            .conn
            .execute(
                "INSERT INTO responses VALUES ('a:7', 'a', 8, 1, 1, x'00', 0)",
                [],
            )
            .unwrap_err();
        assert!(err.to_string().contains("CHECK"), "{err}");
    }

    /// The scrub before the file is removed leaves no sealed value or wrapped key in the file
    /// or its WAL, even from a schema-1 file (older tables get today's shape first).
    #[test]
    fn the_keyless_scrub_leaves_no_sealed_byte_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.db");
        let key = crate::crypto::StaticKeyProvider::new(zeroize::Zeroizing::new([5u8; 32]));
        {
            let mut db = UserDb::open(&path, &key, 1).unwrap();
            db.put_profile(&"profile", 1).unwrap();
            db.insert_attempt("a", &"plan", 1, 100_000).unwrap();
            db.put_response("a", 1, &"answer", true, 2).unwrap();
        }
        let raw = || {
            let mut all = std::fs::read(&path).unwrap();
            all.extend(std::fs::read(dir.path().join("user.db-wal")).unwrap_or_default());
            all
        };
        let conn = Connection::open(&path).unwrap();
        let sealed: Vec<Vec<u8>> = [
            "SELECT wrapped FROM key_meta",
            "SELECT canary FROM key_meta",
            "SELECT data FROM profile",
            "SELECT plan FROM attempts",
            "SELECT data FROM responses",
        ]
        .iter()
        .map(|sql| conn.query_row(sql, [], |r| r.get(0)).unwrap())
        .collect();
        drop(conn);
        let found = |hay: &[u8], blob: &[u8]| hay.windows(blob.len()).any(|w| w == blob);
        assert!(sealed.iter().all(|b| found(&raw(), b)));
        scrub_without_key(&path).unwrap();
        let after = raw();
        for blob in &sealed {
            assert!(!found(&after, blob), "a sealed value survived the scrub");
        }
        UserDb::erase_without_key(&path).unwrap();
        assert!(!path.exists() && !dir.path().join("user.db-wal").exists());
    }
}
