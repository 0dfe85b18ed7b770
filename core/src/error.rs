//! The core's error type.
//!
//! Invariants: a message is one line a user (or a shell developer) can act on; it never carries
//! personal data (no ИИН, name, answer or result) and never key material. Bindings map these
//! variants onto their small public error in exactly one function.

use crate::message::{Message, MessageId, Refusal};
use crate::profile::IinError;
use crate::validation::Problem;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The caller passed something the core refuses (an unknown position, a bad response…).
    #[error("{0}")]
    InvalidInput(Refusal),
    /// The ИИН is not a valid ИИН; the reason says why (never the number itself).
    #[error("invalid ИИН: {0}")]
    InvalidIin(#[from] IinError),
    /// A content pack failed validation; every problem is listed. Nothing was imported.
    #[error("invalid pack: {}", summarize(.0))]
    InvalidPack(Vec<Problem>),
    /// A blueprint failed validation; every problem is listed.
    #[error("invalid blueprint: {}", summarize(.0))]
    InvalidBlueprint(Vec<Problem>),
    /// The question bank lacks questions for some slots of a blueprint; each shortage is named
    /// (`math: single without context: 12 of 25`). No attempt was started.
    #[error(
        "the question bank is too small for {blueprint} in {language}: {}",
        .shortages.join("; ")
    )]
    InsufficientContent {
        /// The blueprint id asked for (`unt-2025`).
        blueprint: String,
        /// The language of the attempt (`kk`, `ru`).
        language: String,
        /// One line per slot that lacks questions.
        shortages: Vec<String>,
    },
    /// The key given does not open this database. Nothing was read or modified.
    #[error("the key does not open this database (wrong key); nothing was changed")]
    KeyMismatch,
    /// The key provider could not provide or wrap the key (keystore locked, key file missing…).
    #[error("the key is unavailable: {0}")]
    KeyUnavailable(String),
    /// A sealed value failed to open: it was damaged or moved from another record.
    #[error("data corrupted: a sealed value in {table}.{field} of record {row} does not open")]
    DataCorrupted {
        /// Logical table of the damaged value.
        table: String,
        /// Logical field of the damaged value.
        field: String,
        /// Random id of the record (reveals nothing personal).
        row: String,
    },
    /// The database file is damaged or not a database.
    #[error("the database file is damaged: {0}")]
    DatabaseCorrupt(String),
    /// A data file of the directory is damaged (SQLite cannot read it): `file` names it
    /// (`user.db`, `content.db`), `reason` is what SQLite said.
    #[error("{file} is damaged: {reason}")]
    FileDamaged {
        /// The file's name in the data directory.
        file: String,
        /// What SQLite said.
        reason: String,
    },
    /// Nothing with that id exists.
    #[error("not found: {0}")]
    NotFound(Refusal),
    /// The request conflicts with the current state (a newer pack installed…).
    #[error("{0}")]
    Conflict(Refusal),
    /// The attempt was already submitted (by the student): it takes no more answers.
    #[error("the attempt is already submitted")]
    AlreadySubmitted,
    /// The attempt's time ran out: it was submitted automatically and scored as of its deadline.
    #[error("time is up: the attempt was submitted automatically and scored")]
    TimeUp,
    /// There are no mistakes to review (none yet, or none in the language asked for).
    #[error("no mistakes to review yet")]
    NoMistakes,
    /// The database was written by a newer version of the app.
    #[error(
        "the database has schema version {found}, newer than this app supports ({supported}); update the app"
    )]
    SchemaTooNew {
        /// Version found in the file.
        found: i64,
        /// Highest version this build knows.
        supported: i64,
    },
    /// The disk (or the database's size limit) is full; nothing of the failed write was kept.
    #[error("storage is full; free some space and try again (nothing was lost)")]
    StorageFull,
    /// The data directory cannot be written.
    #[error("storage is read-only; check the data directory's permissions")]
    ReadOnly,
    /// Another storage failure.
    #[error("storage error: {0}")]
    Storage(String),
    /// A bug: an invariant of the core did not hold.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Result with the core's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// What to tell the user about this error: a catalog message, never personal data.
    pub fn message(&self) -> Message {
        match self {
            Error::InvalidInput(r) | Error::NotFound(r) | Error::Conflict(r) => r.message.clone(),
            Error::InvalidIin(e) => e.message(),
            Error::InvalidPack(ps) | Error::InvalidBlueprint(ps) => {
                Message::new(MessageId::PackInvalid).arg("count", ps.len())
            }
            Error::InsufficientContent {
                blueprint,
                language,
                shortages,
            } => Message::new(MessageId::BankTooSmall)
                .arg("blueprint", blueprint)
                .arg("language", language)
                .arg("slots", shortages.len()),
            Error::KeyMismatch => MessageId::KeyLost.into(),
            Error::KeyUnavailable(_) => MessageId::KeyUnavailable.into(),
            Error::DataCorrupted { table, field, row } => Message::new(MessageId::DataDamaged)
                .arg("table", table)
                .arg("field", field)
                .arg("record", row),
            Error::DatabaseCorrupt(_) => MessageId::FileDamaged.into(),
            Error::FileDamaged { file, .. } => {
                let id = if file == crate::facade::CONTENT_DB {
                    MessageId::ContentDbDamaged
                } else {
                    MessageId::UserDbDamaged
                };
                Message::new(id).arg("file", file)
            }
            Error::AlreadySubmitted => MessageId::AlreadySubmitted.into(),
            Error::TimeUp => MessageId::TimeUp.into(),
            Error::NoMistakes => MessageId::NoMistakes.into(),
            Error::SchemaTooNew { .. } => MessageId::SchemaTooNew.into(),
            Error::StorageFull => MessageId::StorageFull.into(),
            Error::ReadOnly => MessageId::StorageReadOnly.into(),
            Error::Storage(_) => MessageId::StorageFailed.into(),
            Error::Internal(_) => MessageId::InternalError.into(),
        }
    }

    /// [`Error::InvalidInput`] with a catalog `message` and an English `detail`.
    pub fn invalid(message: impl Into<Message>, detail: impl Into<String>) -> Self {
        Error::InvalidInput(Refusal::new(message, detail))
    }

    /// [`Error::InvalidInput`] known by its English text only ([`MessageId::RequestRefused`]):
    /// for refusals a user of the app never meets (tools, developers' calls).
    pub fn invalid_input(detail: impl Into<Refusal>) -> Self {
        Error::InvalidInput(detail.into())
    }

    /// [`Error::NotFound`] known by its English text only (see [`Error::invalid_input`]).
    pub fn not_found_text(detail: impl Into<Refusal>) -> Self {
        Error::NotFound(detail.into())
    }

    /// [`Error::Conflict`] known by its English text only (see [`Error::invalid_input`]).
    pub fn conflict_text(detail: impl Into<Refusal>) -> Self {
        Error::Conflict(detail.into())
    }

    /// [`Error::NotFound`] with a catalog `message` and an English `detail`.
    pub fn not_found(message: impl Into<Message>, detail: impl Into<String>) -> Self {
        Error::NotFound(Refusal::new(message, detail))
    }

    /// [`Error::Conflict`] with a catalog `message` and an English `detail`.
    pub fn conflict(message: impl Into<Message>, detail: impl Into<String>) -> Self {
        Error::Conflict(Refusal::new(message, detail))
    }
}

fn summarize(problems: &[Problem]) -> String {
    match problems {
        [] => "no details".to_string(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more problem(s))", rest.len()),
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(e, _) = &err {
            match e.code {
                C::DiskFull => return Error::StorageFull,
                C::ReadOnly | C::CannotOpen | C::PermissionDenied => {
                    if e.code == C::CannotOpen {
                        return Error::Storage(
                            "cannot open the database file; check the data directory".into(),
                        );
                    }
                    return Error::ReadOnly;
                }
                C::DatabaseCorrupt | C::NotADatabase => {
                    return Error::DatabaseCorrupt(err.to_string());
                }
                _ => {}
            }
        }
        // rusqlite's messages name SQL and constraints, never bound values.
        Error::Storage(err.to_string())
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                Error::ReadOnly
            }
            std::io::ErrorKind::StorageFull => Error::StorageFull,
            std::io::ErrorKind::NotFound => Error::NotFound(err.to_string().into()),
            _ => Error::Storage(err.to_string()),
        }
    }
}
