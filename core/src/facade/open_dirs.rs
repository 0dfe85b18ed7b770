//! The data directories this process has open, so that erasing one without its key refuses
//! while a [`Qazstep`](super::Qazstep) still uses it (it would go on sealing into a removed
//! file with a key nobody has any more).
//!
//! Invariants: a directory's count is the number of live `Qazstep`s opened on it: an
//! [`OpenDir`] is taken after a successful open and given back when its `Qazstep` is dropped.
//! Paths are canonical where the file system can say, so two spellings of one directory are
//! one entry.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Each open directory once, with its count (a handful at most: a plain list).
static OPEN: Mutex<Vec<(PathBuf, usize)>> = Mutex::new(Vec::new());

fn open() -> MutexGuard<'static, Vec<(PathBuf, usize)>> {
    // The map stays consistent under a panic elsewhere: each update is one statement.
    OPEN.lock().unwrap_or_else(PoisonError::into_inner)
}

fn key(dir: &Path) -> PathBuf {
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())
}

/// A directory held open by one `Qazstep`; released when dropped.
#[derive(Debug)]
pub(super) struct OpenDir(PathBuf);

impl OpenDir {
    /// Counts `dir` as open until the returned value is dropped.
    pub(super) fn hold(dir: &Path) -> Self {
        let dir = key(dir);
        let mut open = open();
        match open.iter_mut().find(|(d, _)| *d == dir) {
            Some((_, count)) => *count += 1,
            None => open.push((dir.clone(), 1)),
        }
        OpenDir(dir)
    }
}

impl Drop for OpenDir {
    fn drop(&mut self) {
        let mut open = open();
        if let Some(i) = open.iter().position(|(d, _)| *d == self.0) {
            open[i].1 -= 1;
            if open[i].1 == 0 {
                open.swap_remove(i);
            }
        }
    }
}

/// Whether a `Qazstep` of this process has `dir` open.
pub(super) fn is_open(dir: &Path) -> bool {
    let dir = key(dir);
    open().iter().any(|(d, _)| *d == dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_is_open_while_any_holder_lives_under_any_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir
            .path()
            .join(".")
            .join("..")
            .join(dir.path().file_name().unwrap());
        assert!(!is_open(dir.path()));
        let a = OpenDir::hold(dir.path());
        let b = OpenDir::hold(&other);
        assert!(is_open(dir.path()) && is_open(&other));
        drop(a);
        assert!(is_open(dir.path()));
        drop(b);
        assert!(!is_open(dir.path()));
    }
}
