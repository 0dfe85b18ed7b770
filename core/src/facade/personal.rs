//! The personal store as the facade holds it: open, or waiting for something only the user
//! (or time) can fix — the key unavailable for now, the key lost, the file damaged or written by
//! a newer version. In that state content still works (spec/app.md: the core opens degraded so
//! the app can show a recovery screen instead of failing to start).
//!
//! Invariants: a [`UserGuard`] exists only over an open store, so every personal call either
//! reaches an open `user.db` or fails with the reason it is closed, as a clear error; a closed
//! store is reopened only by [`Qazstep::retry_personal_data`] (the key may be back) or after an
//! erasure that starts afresh.

use std::ops::{Deref, DerefMut};

use super::*;

/// Why the personal store is not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// The keystore cannot give the key now (e.g. a phone locked since its restart): wait and
    /// retry; never erase.
    KeyUnavailable,
    /// The key does not open the data (the keystore lost or replaced it): the data cannot be
    /// read again; the way out is to erase it and start afresh.
    KeyLost,
    /// `user.db` is damaged (not a database, cut short).
    Damaged,
    /// `user.db` was written by a newer version of the app: update the app.
    TooNew,
}

impl Unavailable {
    /// The reason behind `err`, if it is one that leaves the store closed instead of failing
    /// the open.
    pub(super) fn of(err: &Error) -> Option<Unavailable> {
        match err {
            Error::KeyUnavailable(_) => Some(Unavailable::KeyUnavailable),
            Error::KeyMismatch => Some(Unavailable::KeyLost),
            Error::DatabaseCorrupt(_) | Error::DataCorrupted { .. } | Error::FileDamaged { .. } => {
                Some(Unavailable::Damaged)
            }
            Error::SchemaTooNew { .. } => Some(Unavailable::TooNew),
            _ => None,
        }
    }

    /// The error every personal call returns while the store is closed for this reason (when
    /// the open's own error is not at hand).
    pub(super) fn error(self) -> Error {
        match self {
            Unavailable::KeyUnavailable => {
                Error::KeyUnavailable("the keystore cannot give the key now; try again".into())
            }
            Unavailable::KeyLost => Error::KeyMismatch,
            Unavailable::Damaged => Error::FileDamaged {
                file: USER_DB.into(),
                reason: "it was not opened".into(),
            },
            Unavailable::TooNew => Error::SchemaTooNew {
                found: -1,
                supported: crate::store::user::USER_MIGRATIONS.len() as i64,
            },
        }
    }
}

/// The personal store: open, or closed for a reason.
#[allow(clippy::large_enum_variant)] // one per core; boxing buys nothing
pub(super) enum UserSlot {
    /// Open.
    Open(UserDb),
    /// Closed: why, and the open's own error (what every personal call returns).
    Closed(Unavailable, Error),
}

/// A copy of an error that closes the personal store (those variants hold plain data).
fn again(e: &Error) -> Error {
    match e {
        Error::KeyUnavailable(r) => Error::KeyUnavailable(r.clone()),
        Error::KeyMismatch => Error::KeyMismatch,
        Error::DatabaseCorrupt(r) => Error::DatabaseCorrupt(r.clone()),
        Error::FileDamaged { file, reason } => Error::FileDamaged {
            file: file.clone(),
            reason: reason.clone(),
        },
        Error::DataCorrupted { table, field, row } => Error::DataCorrupted {
            table: table.clone(),
            field: field.clone(),
            row: row.clone(),
        },
        Error::SchemaTooNew { found, supported } => Error::SchemaTooNew {
            found: *found,
            supported: *supported,
        },
        other => Error::Internal(other.to_string()),
    }
}

impl UserSlot {
    /// The slot for the outcome of opening `user.db`: open, closed for a reason the user can
    /// act on, or `Err` when the open failed for another reason.
    pub(super) fn from_open(opened: Result<UserDb>) -> Result<UserSlot> {
        match opened {
            Ok(db) => Ok(UserSlot::Open(db)),
            Err(e) => match Unavailable::of(&e) {
                Some(why) => Ok(UserSlot::Closed(why, e)),
                None => Err(e),
            },
        }
    }
}

/// The open personal store, locked (the facade's user lock).
pub(crate) struct UserGuard<'a>(MutexGuard<'a, UserSlot>);

impl Deref for UserGuard<'_> {
    type Target = UserDb;
    fn deref(&self) -> &UserDb {
        match &*self.0 {
            UserSlot::Open(db) => db,
            // A guard is made only over an open store (`Qazstep::user`), and the slot cannot
            // change while the guard holds its lock.
            UserSlot::Closed(..) => unreachable!("a UserGuard over a closed store"),
        }
    }
}

impl DerefMut for UserGuard<'_> {
    fn deref_mut(&mut self) -> &mut UserDb {
        match &mut *self.0 {
            UserSlot::Open(db) => db,
            UserSlot::Closed(..) => unreachable!("a UserGuard over a closed store"),
        }
    }
}

impl Qazstep {
    /// The open personal store, locked; the reason it is closed otherwise.
    pub(crate) fn user(&self) -> Result<UserGuard<'_>> {
        let slot = lock(&self.user);
        match &*slot {
            UserSlot::Open(_) => Ok(UserGuard(slot)),
            UserSlot::Closed(_, e) => Err(again(e)),
        }
    }

    /// Why the personal data is not open, or `None` when it is.
    pub fn personal_data_unavailable(&self) -> Option<Unavailable> {
        match &*lock(&self.user) {
            UserSlot::Open(_) => None,
            UserSlot::Closed(why, _) => Some(*why),
        }
    }

    /// Tries again to open the personal store when it is closed (the key may be available
    /// now); returns why it is still closed, or `None` when it is open.
    pub fn retry_personal_data(&self) -> Result<Option<Unavailable>> {
        // The provider lock before the user lock, as everywhere else.
        let provider = lock(&self.provider).clone();
        let mut slot = lock(&self.user);
        if let UserSlot::Open(_) = &*slot {
            return Ok(None);
        }
        *slot = UserSlot::from_open(Self::open_user(&self.dir, provider.as_ref(), self.now()))?;
        let why = match &*slot {
            UserSlot::Open(_) => None,
            UserSlot::Closed(why, _) => Some(*why),
        };
        drop(slot);
        if why.is_none() {
            self.finalize_expired()?;
        }
        Ok(why)
    }

    /// Erases the personal data that cannot be opened (its key is lost, or `user.db` is
    /// damaged) without the key, and starts afresh with an empty store and a new data key.
    /// An open store is erased the normal way ([`Qazstep::erase_personal_data`]). Refused while
    /// the key is only unavailable for now (`KeyUnavailable`: wait, never erase) or the file is
    /// from a newer version (update the app instead).
    pub fn erase_unreadable_personal_data(&self) -> Result<()> {
        let why = self.personal_data_unavailable();
        match why {
            None => self.erase_personal_data(),
            Some(w @ (Unavailable::KeyUnavailable | Unavailable::TooNew)) => Err(w.error()),
            Some(Unavailable::KeyLost | Unavailable::Damaged) => {
                let provider = lock(&self.provider).clone();
                let mut slot = lock(&self.user);
                UserDb::erase_without_key(&self.dir.join(USER_DB))?;
                *slot = UserSlot::Open(UserDb::open(
                    &self.dir.join(USER_DB),
                    provider.as_ref(),
                    self.now(),
                )?);
                drop(slot);
                self.forget_personal_caches();
                Ok(())
            }
        }
    }
}
