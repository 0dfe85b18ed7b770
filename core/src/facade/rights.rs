//! The user's rights (access, erasure) and the keys.

use super::*;

impl Qazstep {
    /// Every personal datum, readable, as pretty JSON (the right of access). Contains the ИИН:
    /// hand it only to the user.
    ///
    /// A value that does not open (damaged) is `null` in its row and listed under
    /// `unreadable` (`{table, field, record}`, never its content): everything that opens is
    /// exported whatever one damaged value holds.
    pub fn export_personal_data(&self) -> Result<String> {
        let user = self.user()?;
        let (tables, unreadable) = user.export_tables()?;
        let mut root = serde_json::Map::new();
        root.insert("format".into(), "qazstep-personal-data/1".into());
        root.insert("exported_at_ms".into(), self.now().into());
        root.insert("tables".into(), serde_json::Value::Object(tables));
        root.insert(
            "unreadable".into(),
            serde_json::to_value(unreadable).map_err(|e| Error::Internal(e.to_string()))?,
        );
        serde_json::to_string_pretty(&serde_json::Value::Object(root))
            .map_err(|e| Error::Internal(e.to_string()))
    }

    /// Erases all personal data and its key (the right to deletion); the app keeps working with
    /// a fresh, empty profile. Content is untouched.
    pub fn erase_personal_data(&self) -> Result<()> {
        let provider = lock(&self.provider).clone();
        let now = self.now();
        let mut user = self.user()?;
        user.erase(provider.as_ref(), now)?;
        *lock(&self.seen) = None;
        drop(user);
        self.forget_personal_caches();
        Ok(())
    }

    /// The personal records whose sealed values do not open (damaged, or moved from another
    /// record): table, field and record id, never the content. Reads every value.
    pub fn damaged_records(&self) -> Result<Vec<DamagedRecord>> {
        self.user()?.damaged_records()
    }

    /// Removes every personal record whose sealed value does not open (what
    /// [`Qazstep::damaged_records`] lists), in one transaction; everything that opens stays.
    /// Returns what was removed.
    pub fn remove_damaged_records(&self) -> Result<Vec<DamagedRecord>> {
        let mut user = self.user()?;
        let damaged = user.damaged_records()?;
        if !damaged.is_empty() {
            user.remove_records(&damaged)?;
            drop(user);
            self.forget_personal_caches();
        }
        Ok(damaged)
    }

    /// Drops every cache of personal data (after an erasure).
    pub(super) fn forget_personal_caches(&self) {
        *lock(&self.seen) = None;
        lock(&self.plans).clear();
        lock(&self.keys).clear();
        lock(&self.guards).clear();
        lock(&self.records).clear();
        *lock(&self.place) = None;
    }

    /// Erases all personal data in `dir` **without the key**: for a user whose key is gone (a
    /// reset keystore: [`Error::KeyMismatch`] or [`Error::KeyUnavailable`] at
    /// [`Qazstep::open`]) and who would otherwise be locked out of their right to deletion.
    /// Every personal row and wrapped data key is deleted (`secure_delete`, then VACUUM); a
    /// damaged `user.db`, or one a newer version wrote, is removed. Content stays. The next
    /// [`Qazstep::open`] starts with a fresh, empty profile and a new data key.
    ///
    /// A `Qazstep` of this process still open on `dir` is [`Error::Conflict`] and nothing is
    /// erased: use its [`Qazstep::erase_personal_data`], or drop it first.
    pub fn erase_personal_data_without_key(dir: &Path) -> Result<()> {
        if open_dirs::is_open(dir) {
            return Err(Error::Conflict(
                "the personal data in this directory is open in this app: erase it through the open core, or close it first".into(),
            ));
        }
        UserDb::erase_without_key(&dir.join(USER_DB))
    }

    /// Re-wraps the data key with a new provider (the wrapping key moved); afterwards only the
    /// new provider opens the data.
    pub fn rotate_wrapping_key(&self, new_provider: Arc<dyn KeyProvider>) -> Result<()> {
        let mut provider = lock(&self.provider);
        self.user()?.rotate_wrapping_key(new_provider.as_ref())?;
        *provider = new_provider;
        Ok(())
    }

    /// Replaces the data key and re-seals every personal value (resumable if interrupted).
    pub fn rotate_data_key(&self) -> Result<()> {
        let provider = lock(&self.provider).clone();
        let now = self.now();
        self.user()?.rotate_data_key(provider.as_ref(), now)
    }

    /// Checkpoints the personal store's WAL (call when idle, e.g. after submit or on pause):
    /// its frames are copied into the file and the next write starts the WAL over. The WAL
    /// file itself stays (capped at 4 MB), so later taps overwrite it instead of growing it.
    pub fn checkpoint(&self) -> Result<()> {
        self.user()?.checkpoint()
    }

    /// Runs `f` with the personal store (tests and maintenance within the crate). `f` may
    /// append history behind the facade's back, so the `last_seen` cache is dropped.
    ///
    /// Errors: the reason the personal store is closed, if it is.
    #[doc(hidden)]
    pub fn with_user_db<T>(&self, f: impl FnOnce(&mut UserDb) -> Result<T>) -> Result<T> {
        let mut user = self.user()?;
        let out = f(&mut user);
        drop(user);
        *lock(&self.seen) = None;
        lock(&self.records).clear();
        lock(&self.guards).clear();
        *lock(&self.place) = None;
        out
    }
}
