//! The CLI's key provider (spec/cli.md): the wrapping key comes from `QAZSTEP_KEY_HEX` (64 hex
//! digits) when set, else from `<data-dir>/cli.key` (created with mode 0600 on first use; a key
//! file other users could read is made private again before it is used).
//!
//! Phones never use this: their shells wrap the data key with the Android Keystore or the iOS
//! Keychain. The key is never printed, logged or put in an error message.

use std::io::Write;
use std::path::Path;

use std::sync::Arc;

use qazstep_core::crypto::{KeyProvider, KeyProviderError, StaticKeyProvider};
use zeroize::Zeroizing;

use crate::{Failure, ui};

type Result<T> = std::result::Result<T, Failure>;

/// Environment variable that holds the wrapping key as 64 hex digits.
pub const KEY_ENV: &str = "QAZSTEP_KEY_HEX";
/// File name of the wrapping key inside the data directory.
pub const KEY_FILE: &str = "cli.key";

/// Loads the wrapping key from the environment or the key file, creating the file when the
/// data directory has none yet.
pub fn provider(data_dir: &Path) -> Result<StaticKeyProvider> {
    if let Ok(hex) = std::env::var(KEY_ENV) {
        let hex = Zeroizing::new(hex);
        return StaticKeyProvider::from_hex(&hex)
            .map_err(|_| Failure::storage(tr!("cli_key_env_invalid", env = KEY_ENV)));
    }
    let path = data_dir.join(KEY_FILE);
    // Looked at before the key file: the key file is created before `user.db`, so a `user.db`
    // seen here had its key file already (a process starting at the same time cannot make
    // this one think the key is missing).
    let had_user_db = data_dir.join(qazstep_core::USER_DB).exists();
    match read_key(&path)? {
        Some(provider) => Ok(provider),
        None if had_user_db => Err(Failure::storage(tr!(
            "cli_key_file_missing",
            file = path.display(),
            env = KEY_ENV,
            command = "qazstep wipe --yes"
        ))),
        None => {
            std::fs::create_dir_all(data_dir).map_err(|e| crate::data_dir_failure(data_dir, &e))?;
            create_key(data_dir, &path)
        }
    }
}

/// The key in the key file at `path`, or `None` when there is no key file.
fn read_key(path: &Path) -> Result<Option<StaticKeyProvider>> {
    match std::fs::read_to_string(path).map(Zeroizing::new) {
        Ok(text) => {
            make_private(path)?;
            StaticKeyProvider::from_hex(&text)
                .map(Some)
                .map_err(|_| Failure::storage(tr!("cli_key_file_damaged", file = path.display())))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(unreadable(path, &e)),
    }
}

/// Creates the key file at `path` atomically: the key is written and synced under a name of its
/// own, then linked to `path`, which fails when another process linked its key first — then
/// that key is the one, read and returned. So exactly one key file is ever created, and no
/// process ever reads one half written.
fn create_key(data_dir: &Path, path: &Path) -> Result<StaticKeyProvider> {
    let provider = StaticKeyProvider::generate();
    // Unique among live processes (the pid) and among this process's calls (the counter).
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temp = data_dir.join(format!(".{KEY_FILE}.{}-{call}", std::process::id()));
    // A name left by a killed process whose pid is now this one's.
    let _ = std::fs::remove_file(&temp);
    write_private(&temp, provider.to_hex().as_bytes()).map_err(|e| unwritable(path, &e))?;
    let linked = std::fs::hard_link(&temp, path);
    // The temporary name goes whatever happened; the linked name (if any) keeps the file.
    let _ = std::fs::remove_file(&temp);
    match linked {
        Ok(()) => Ok(provider),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_key(path)?
            .ok_or_else(|| Failure::storage(tr!("cli_key_file_damaged", file = path.display()))),
        Err(e) => Err(unwritable(path, &e)),
    }
}

fn unreadable(path: &Path, e: &std::io::Error) -> Failure {
    Failure::storage(tr!(
        "cli_key_file_unreadable",
        file = path.display(),
        reason = ui::io_reason(e)
    ))
}

fn unwritable(path: &Path, e: &std::io::Error) -> Failure {
    Failure::storage(tr!(
        "cli_key_file_unwritable",
        file = path.display(),
        reason = ui::io_reason(e)
    ))
}

/// The provider of the app driver (`qazstep app`): as [`provider`], but when the key file is
/// gone while personal data exists, a new key file is made. The old data stays unreadable (its
/// key is lost) and the app shows the recovery screen, from which the user erases it and starts
/// afresh under the new key — the terminal's equivalent of a phone whose keystore lost its key.
/// A damaged key file (no 64 hex digits: it holds no key) is kept aside as
/// `cli.key.damaged-<pid>` and replaced the same way.
pub fn provider_for_app(data_dir: &Path) -> Result<StaticKeyProvider> {
    let path = data_dir.join(KEY_FILE);
    if std::env::var_os(KEY_ENV).is_none() && key_file_damaged(data_dir) {
        let aside = data_dir.join(format!("{KEY_FILE}.damaged-{}", std::process::id()));
        std::fs::rename(&path, &aside).map_err(|e| unwritable(&path, &e))?;
        return create_key(data_dir, &path);
    }
    if std::env::var_os(KEY_ENV).is_none()
        && !path.exists()
        && data_dir.join(qazstep_core::USER_DB).exists()
    {
        return create_key(data_dir, &path);
    }
    provider(data_dir)
}

/// Why the key file gave no key, when the data directory was opened without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyProblem {
    /// `cli.key` is missing while `user.db` exists.
    Missing,
    /// `cli.key` does not hold 64 hex digits.
    Damaged,
}

static PROBLEM: std::sync::OnceLock<KeyProblem> = std::sync::OnceLock::new();

/// Why the personal data was opened without a key, if it was (for the command's message).
pub fn problem() -> Option<KeyProblem> {
    PROBLEM.get().copied()
}

/// The key of a key file that is missing or damaged: it wraps nothing and opens nothing, so the
/// personal store stays closed (the key is lost) while content works, and `wipe --yes` is the
/// way out.
struct NoKey;

impl KeyProvider for NoKey {
    fn wrap_key(&self, _key: &[u8]) -> std::result::Result<Vec<u8>, KeyProviderError> {
        Err(KeyProviderError::Unavailable(
            "the key file is missing or damaged".into(),
        ))
    }

    fn unwrap_key(
        &self,
        _wrapped: &[u8],
    ) -> std::result::Result<Zeroizing<Vec<u8>>, KeyProviderError> {
        Err(KeyProviderError::Mismatch)
    }
}

/// The provider a command opens the data directory with: [`provider`], or — when the key file
/// is missing while `user.db` exists, or is damaged — one that opens nothing, so content
/// commands work and personal ones say what happened to the key ([`problem`]).
pub fn provider_or_none(data_dir: &Path) -> Result<Arc<dyn KeyProvider>> {
    let missing = std::env::var_os(KEY_ENV).is_none()
        && !data_dir.join(KEY_FILE).exists()
        && data_dir.join(qazstep_core::USER_DB).exists();
    if missing {
        let _ = PROBLEM.set(KeyProblem::Missing);
        return Ok(Arc::new(NoKey));
    }
    match provider(data_dir) {
        Ok(p) => Ok(Arc::new(p)),
        Err(_) if std::env::var_os(KEY_ENV).is_none() && key_file_damaged(data_dir) => {
            let _ = PROBLEM.set(KeyProblem::Damaged);
            Ok(Arc::new(NoKey))
        }
        Err(f) => Err(f),
    }
}

/// Whether `cli.key` is there and readable but holds no key.
fn key_file_damaged(data_dir: &Path) -> bool {
    std::fs::read_to_string(data_dir.join(KEY_FILE))
        .map(Zeroizing::new)
        .is_ok_and(|t| StaticKeyProvider::from_hex(&t).is_err())
}

/// Removes `<data-dir>/cli.key` after an erasure (there is none to remove when the key came
/// from the environment, or was lost): the erased data's key does not outlive it.
pub fn remove(data_dir: &Path) -> Result<()> {
    let path = data_dir.join(KEY_FILE);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Failure::storage(tr!(
            "cli_key_not_removed",
            file = path.display(),
            reason = ui::io_reason(&e)
        ))),
    }
}

/// Makes the key file readable and writable by its owner only (mode 0600) when it is not
/// already; refuses to use it when that cannot be done.
#[cfg(unix)]
fn make_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path)
        .map_err(|e| unreadable(path, &e))?
        .permissions()
        .mode();
    if mode & 0o077 == 0 {
        return Ok(());
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(|e| {
        Failure::storage(tr!(
            "cli_key_file_not_private",
            file = path.display(),
            mode = format!("{:o}", mode & 0o777),
            reason = ui::io_reason(&e)
        ))
    })
}

#[cfg(not(unix))]
fn make_private(_path: &Path) -> Result<()> {
    Ok(())
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.write_all(b"\n")?;
    file.sync_all()?;
    Ok(())
}
