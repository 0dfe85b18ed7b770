//! The `key_meta` table: the wrapped data keys, their canaries, and key rotation.
//!
//! Invariants:
//! - Exactly one key is `active` (it seals); at most one is `retiring` (it only opens), and only
//!   while a data-key rotation is under way.
//! - Only wrapped keys are stored; a key is unwrapped by the shell's [`KeyProvider`] and its
//!   canary checked **before** any other row is read or written: a wrong key is
//!   [`Error::KeyMismatch`] and the file is left unchanged.
//! - A data-key rotation re-seals in batches, one transaction each, and resumes where it stopped
//!   when the app was killed (the next open finishes it).

use rusqlite::{Connection, OptionalExtension, params};
use zeroize::Zeroizing;

use crate::crypto::{
    Aad, DataKey, KeyProvider, KeyProviderError, Keyring, check_canary, seal_canary,
};
use crate::error::{Error, Result};

/// Sealed tables and their sealed columns. Every such table has a TEXT `id` (the AAD row) and an
/// INTEGER `kid` (the key that sealed the row's columns).
pub const SEALED_COLUMNS: &[(&str, &[&str])] = &[
    ("profile", &["data"]),
    ("attempts", &["plan", "result"]),
    ("responses", &["data"]),
    ("practice", &["data"]),
    ("history", &["data"]),
    ("summary", &["data"]),
    ("app_state", &["data"]),
];

/// Rows re-sealed per transaction during a data-key rotation.
pub const ROTATION_BATCH: usize = 256;

fn provider_error(e: KeyProviderError) -> Error {
    match e {
        KeyProviderError::Mismatch => Error::KeyMismatch,
        KeyProviderError::Unavailable(reason) => Error::KeyUnavailable(reason),
    }
}

fn unwrap_key(
    provider: &dyn KeyProvider,
    key_id: u32,
    wrapped: &[u8],
    canary: &[u8],
) -> Result<DataKey> {
    let raw: Zeroizing<Vec<u8>> = provider.unwrap_key(wrapped).map_err(provider_error)?;
    let key = DataKey::from_bytes(key_id, &raw)?;
    check_canary(&key, canary)?;
    Ok(key)
}

fn insert_key(
    conn: &Connection,
    provider: &dyn KeyProvider,
    key: &DataKey,
    state: &str,
    now: i64,
) -> Result<()> {
    let wrapped = provider.wrap_key(key.expose()).map_err(provider_error)?;
    let canary = seal_canary(key)?;
    conn.execute(
        "INSERT INTO key_meta (key_id, wrapped, canary, state, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![key.id(), wrapped, canary, state, now],
    )?;
    Ok(())
}

/// The stored keys: id, wrapped key, canary, state.
type KeyRows = Vec<(u32, Vec<u8>, Vec<u8>, String)>;

fn key_rows(conn: &Connection) -> Result<KeyRows> {
    let mut stmt =
        conn.prepare("SELECT key_id, wrapped, canary, state FROM key_meta ORDER BY key_id")?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, u32>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, Vec<u8>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Stores the first data key under the write lock: of several connections (threads, processes)
/// opening a new `user.db` at once, exactly one creates it and the others find it. Returns the
/// key when this call created it, `None` when another connection had already.
fn create_first_key(
    conn: &Connection,
    provider: &dyn KeyProvider,
    now: i64,
) -> Result<Option<DataKey>> {
    // Inside a caller's transaction the caller holds the write lock already.
    let own = conn.is_autocommit();
    if own {
        conn.execute_batch("BEGIN IMMEDIATE")?;
    }
    let created = (|| {
        let n: i64 = conn.query_row("SELECT COUNT(*) FROM key_meta", [], |r| r.get(0))?;
        if n > 0 {
            return Ok(None);
        }
        let key = DataKey::generate(1);
        insert_key(conn, provider, &key, "active", now)?;
        Ok(Some(key))
    })();
    if own {
        match &created {
            Ok(_) => conn.execute_batch("COMMIT")?,
            // The error that stopped the creation is the one to report.
            Err(_) => drop(conn.execute_batch("ROLLBACK")),
        }
    }
    created
}

/// Loads the keyring of an existing database (checking canaries), or creates and stores a fresh
/// data key when the table is empty (once, whoever else opens the file at the same time).
/// Nothing is written when a key does not open.
pub fn load_or_create(conn: &Connection, provider: &dyn KeyProvider, now: i64) -> Result<Keyring> {
    let mut rows = key_rows(conn)?;
    if rows.is_empty() {
        if let Some(key) = create_first_key(conn, provider, now)? {
            return Ok(Keyring::new(key));
        }
        rows = key_rows(conn)?;
    }
    let mut active = None;
    let mut retiring = None;
    for (id, wrapped, canary, state) in &rows {
        let key = unwrap_key(provider, *id, wrapped, canary)?;
        match state.as_str() {
            "active" if active.is_none() => active = Some(key),
            "retiring" if retiring.is_none() => retiring = Some(key),
            _ => {
                return Err(Error::DatabaseCorrupt(
                    "the key table is inconsistent".into(),
                ));
            }
        }
    }
    let active = active.ok_or_else(|| Error::DatabaseCorrupt("no active data key".into()))?;
    Ok(match retiring {
        Some(prev) => Keyring::with_previous(active, prev),
        None => Keyring::new(active),
    })
}

/// Re-wraps every stored data key with `new_provider` in one transaction (the wrapping key moved
/// to a new keystore entry). The data keys and every sealed value stay as they are.
pub fn rewrap(
    conn: &mut Connection,
    keyring: &Keyring,
    new_provider: &dyn KeyProvider,
) -> Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    for key in std::iter::once(keyring.current()).chain(keyring.previous()) {
        let wrapped = new_provider
            .wrap_key(key.expose())
            .map_err(provider_error)?;
        // Prove the new provider can unwrap what it wrapped before committing to it.
        let back = new_provider.unwrap_key(&wrapped).map_err(provider_error)?;
        if back.as_slice() != key.expose().as_slice() {
            return Err(Error::KeyUnavailable(
                "the new key provider does not return the key it wrapped".into(),
            ));
        }
        tx.execute(
            "UPDATE key_meta SET wrapped = ?1 WHERE key_id = ?2",
            params![wrapped, key.id()],
        )?;
    }
    tx.commit()?;
    Ok(())
}

fn duplicate(key: &DataKey) -> Result<DataKey> {
    DataKey::from_bytes(key.id(), key.expose())
}

/// Starts a data-key rotation: a new active key is stored and the old one marked retiring, in
/// one transaction. If an earlier rotation is unfinished, returns the keyring as it is (that
/// rotation is finished first).
pub fn start_rotation(
    conn: &mut Connection,
    keyring: &Keyring,
    provider: &dyn KeyProvider,
    now: i64,
) -> Result<Keyring> {
    if let Some(previous) = keyring.previous() {
        return Ok(Keyring::with_previous(
            duplicate(keyring.current())?,
            duplicate(previous)?,
        ));
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let max: u32 = tx.query_row("SELECT COALESCE(MAX(key_id), 0) FROM key_meta", [], |r| {
        r.get(0)
    })?;
    let next = DataKey::generate(max + 1);
    tx.execute(
        "UPDATE key_meta SET state = 'retiring' WHERE state = 'active'",
        [],
    )?;
    insert_key(&tx, provider, &next, "active", now)?;
    tx.commit()?;
    Ok(Keyring::with_previous(next, duplicate(keyring.current())?))
}

/// Starts a data-key rotation (or continues an unfinished one) and runs it to the end.
/// Returns the keyring to use afterwards (the new key alone).
pub fn rotate_data_key(
    conn: &mut Connection,
    keyring: &Keyring,
    provider: &dyn KeyProvider,
    now: i64,
) -> Result<Keyring> {
    let keyring = start_rotation(conn, keyring, provider, now)?;
    finish_rotation(conn, keyring, usize::MAX)
}

/// Re-seals up to `max_batches` batches of rows still sealed with a retiring key, then, when
/// none remain, deletes the retiring key. Returns the keyring (with the previous key dropped once
/// the rotation is complete).
pub fn finish_rotation(
    conn: &mut Connection,
    keyring: Keyring,
    max_batches: usize,
) -> Result<Keyring> {
    if keyring.previous().is_none() {
        return Ok(keyring);
    }
    let current = keyring.current_id();
    let mut batches = 0usize;
    for (table, columns) in SEALED_COLUMNS {
        loop {
            if batches >= max_batches {
                return Ok(keyring);
            }
            let n = reseal_batch(conn, &keyring, table, columns, current)?;
            batches += 1;
            if n < ROTATION_BATCH {
                break;
            }
        }
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute("DELETE FROM key_meta WHERE state = 'retiring'", [])?;
    tx.commit()?;
    Ok(Keyring::new(duplicate(keyring.current())?))
}

fn reseal_batch(
    conn: &mut Connection,
    keyring: &Keyring,
    table: &str,
    columns: &[&str],
    current: u32,
) -> Result<usize> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let cols = columns.join(", ");
    let rows: Vec<(String, Vec<Option<Vec<u8>>>)> = {
        let mut stmt = tx.prepare(&format!(
            "SELECT id, {cols} FROM {table} WHERE kid != ?1 LIMIT {ROTATION_BATCH}"
        ))?;
        stmt.query_map([current], |r| {
            let id: String = r.get(0)?;
            let mut vals = Vec::with_capacity(columns.len());
            for i in 0..columns.len() {
                vals.push(r.get::<_, Option<Vec<u8>>>(i + 1)?);
            }
            Ok((id, vals))
        })?
        .collect::<std::result::Result<_, _>>()?
    };
    for (id, vals) in &rows {
        let mut resealed = Vec::with_capacity(vals.len());
        for (col, val) in columns.iter().zip(vals) {
            resealed.push(match val {
                Some(bytes) => {
                    let aad = Aad {
                        table,
                        field: col,
                        row: id,
                    };
                    let plain = keyring.open(&aad, bytes)?;
                    Some(keyring.seal(&aad, &plain)?)
                }
                None => None,
            });
        }
        let sets: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 2))
            .collect();
        let sql = format!(
            "UPDATE {table} SET {}, kid = ?1 WHERE id = ?{}",
            sets.join(", "),
            columns.len() + 2
        );
        let mut args: Vec<&dyn rusqlite::ToSql> = vec![&current];
        for v in &resealed {
            args.push(v);
        }
        args.push(id);
        tx.execute(&sql, args.as_slice())?;
    }
    tx.commit()?;
    Ok(rows.len())
}

/// Deletes every personal row and every data key, then makes the file forget them
/// (`secure_delete` is on; VACUUM rewrites the file; the WAL is truncated).
pub fn erase_everything(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // responses and clocks go with their attempts (ON DELETE CASCADE) but are deleted
    // explicitly anyway.
    tx.execute("DELETE FROM attempt_clock", [])?;
    for (table, _) in SEALED_COLUMNS.iter().rev() {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    tx.execute("DELETE FROM key_meta", [])?;
    tx.commit()?;
    conn.execute_batch("VACUUM;")?;
    checkpoint_truncate(conn)?;
    Ok(())
}

/// Checkpoints the WAL into the main file and truncates it.
pub fn checkpoint_truncate(conn: &Connection) -> Result<()> {
    let _: Option<(i64, i64, i64)> = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(())
}
