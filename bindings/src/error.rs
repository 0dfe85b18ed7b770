//! [`QazstepError`]: the one error shells see.
//!
//! Invariants: the core's rich error is mapped onto these variants in exactly one function
//! ([`QazstepError::from_core`], used by `From`); every variant is something a UI can act on;
//! no message carries personal data (the core's messages carry none, and nothing is added here).

use qazstep_core::Error as CoreError;

/// Every error the core reports to a shell. In Kotlin it is the sealed class
/// `QazstepException` (one subclass per variant); in Swift the enum `QazstepError`.
/// `reason` is one line in English for logs and developers, never personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum QazstepError {
    /// The caller passed something the core refuses (an unknown position, a malformed
    /// response, a pack that fails validation…). Nothing was changed.
    #[error("invalid input: {reason}")]
    InvalidInput {
        /// What is wrong.
        reason: String,
    },
    /// The ИИН typed is not a valid ИИН (length, a non-digit, the check digit). The reason
    /// never repeats the number.
    #[error("invalid ИИН: {reason}")]
    InvalidIin {
        /// Why it is invalid.
        reason: String,
    },
    /// The question bank lacks questions for the exam asked for: import more content.
    #[error("not enough questions for {blueprint} in {language}: {}", shortages.join("; "))]
    InsufficientContent {
        /// The blueprint asked for.
        blueprint: String,
        /// The language of the attempt (`kk`, `ru`).
        language: String,
        /// One line per slot that lacks questions.
        shortages: Vec<String>,
    },
    /// The key does not open this data (a different wrapping key). Nothing was read or
    /// changed. A `KeyProvider` throws this when a wrapped key does not open with its key.
    #[error("key mismatch: {reason}")]
    KeyMismatch {
        /// Details, without key material.
        reason: String,
    },
    /// The key provider cannot work now (keystore locked, user not authenticated…). Retry
    /// later. A `KeyProvider` throws this (or anything else) when it cannot wrap or unwrap.
    #[error("key unavailable: {reason}")]
    KeyUnavailable {
        /// Details, without key material.
        reason: String,
    },
    /// Stored data is damaged (a sealed value does not open, or a database file is corrupt).
    #[error("data corrupted: {reason}")]
    DataCorrupted {
        /// Where, by random ids only.
        reason: String,
    },
    /// Nothing with that id exists (attempt, practice session, blueprint, profile…).
    #[error("not found: {reason}")]
    NotFound {
        /// What was looked for.
        reason: String,
    },
    /// The request conflicts with the current state (e.g. answering a submitted attempt).
    #[error("conflict: {reason}")]
    Conflict {
        /// What conflicts.
        reason: String,
    },
    /// The exam attempt was already submitted: it takes no more answers (show its report).
    #[error("the attempt is already submitted")]
    AlreadySubmitted,
    /// The exam's time ran out: the attempt was submitted automatically and scored as of its
    /// deadline (show its report).
    #[error("time is up: the attempt was submitted automatically")]
    TimeUp,
    /// There are no mistakes to review yet (answer some questions first).
    #[error("no mistakes to review yet")]
    NoMistakes,
    /// The data was written by a newer version of the app: update the app.
    #[error("schema version {found} is newer than this app supports ({supported})")]
    SchemaTooNew {
        /// Version found in the file.
        found: i64,
        /// Highest version this build knows.
        supported: i64,
    },
    /// The disk is full; nothing of the failed write was kept. Free space and retry.
    #[error("storage is full")]
    StorageFull,
    /// The data directory cannot be written (permissions, read-only file system).
    #[error("storage is read-only")]
    ReadOnly,
    /// Anything else: a storage failure or a bug. Report it.
    #[error("internal error: {reason}")]
    Internal {
        /// Details for a bug report.
        reason: String,
    },
}

impl QazstepError {
    /// The one mapping from the core's error to the public one.
    fn from_core(err: CoreError) -> Self {
        let reason = err.to_string();
        match err {
            CoreError::InvalidInput(_)
            | CoreError::InvalidPack(_)
            | CoreError::InvalidBlueprint(_) => QazstepError::InvalidInput { reason },
            CoreError::InvalidIin(e) => QazstepError::InvalidIin {
                reason: e.to_string(),
            },
            CoreError::InsufficientContent {
                blueprint,
                language,
                shortages,
            } => QazstepError::InsufficientContent {
                blueprint,
                language,
                shortages,
            },
            CoreError::KeyMismatch => QazstepError::KeyMismatch { reason },
            CoreError::KeyUnavailable(r) => QazstepError::KeyUnavailable { reason: r },
            CoreError::DataCorrupted { .. }
            | CoreError::DatabaseCorrupt(_)
            | CoreError::FileDamaged { .. } => QazstepError::DataCorrupted { reason },
            CoreError::NotFound(r) => QazstepError::NotFound { reason: r.detail },
            CoreError::Conflict(r) => QazstepError::Conflict { reason: r.detail },
            CoreError::AlreadySubmitted => QazstepError::AlreadySubmitted,
            CoreError::TimeUp => QazstepError::TimeUp,
            CoreError::NoMistakes => QazstepError::NoMistakes,
            CoreError::SchemaTooNew { found, supported } => {
                QazstepError::SchemaTooNew { found, supported }
            }
            CoreError::StorageFull => QazstepError::StorageFull,
            CoreError::ReadOnly => QazstepError::ReadOnly,
            _ => QazstepError::Internal { reason },
        }
    }
}

impl From<CoreError> for QazstepError {
    fn from(err: CoreError) -> Self {
        QazstepError::from_core(err)
    }
}

/// A foreign `KeyProvider` threw something other than a `QazstepException`/`QazstepError`.
impl From<uniffi::UnexpectedUniFFICallbackError> for QazstepError {
    fn from(err: uniffi::UnexpectedUniFFICallbackError) -> Self {
        QazstepError::KeyUnavailable {
            reason: first_line(&err.reason),
        }
    }
}

/// The first line of a foreign error's text (a Kotlin stack trace is many lines).
pub(crate) fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use qazstep_core::profile::IinError;

    #[test]
    fn maps_every_actionable_core_error() {
        assert!(matches!(
            QazstepError::from(CoreError::InvalidInput("x".into())),
            QazstepError::InvalidInput { .. }
        ));
        assert!(matches!(
            QazstepError::from(CoreError::InvalidIin(IinError::CheckDigit)),
            QazstepError::InvalidIin { .. }
        ));
        assert!(matches!(
            QazstepError::from(CoreError::KeyMismatch),
            QazstepError::KeyMismatch { .. }
        ));
        assert!(matches!(
            QazstepError::from(CoreError::StorageFull),
            QazstepError::StorageFull
        ));
        assert!(matches!(
            QazstepError::from(CoreError::SchemaTooNew {
                found: 9,
                supported: 2
            }),
            QazstepError::SchemaTooNew {
                found: 9,
                supported: 2
            }
        ));
        assert!(matches!(
            QazstepError::from(CoreError::Storage("disk I/O".into())),
            QazstepError::Internal { .. }
        ));
    }

    #[test]
    fn unexpected_callback_error_keeps_one_line() {
        let e = QazstepError::from(uniffi::UnexpectedUniFFICallbackError {
            reason: "java.lang.IllegalStateException: locked\n\tat Foo.bar(Foo.kt:1)".into(),
        });
        assert_eq!(
            e,
            QazstepError::KeyUnavailable {
                reason: "java.lang.IllegalStateException: locked".into()
            }
        );
    }
}
