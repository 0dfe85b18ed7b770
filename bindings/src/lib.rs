//! UniFFI bindings of the Qazstep core (crate `qazstep-ffi`) for Kotlin (package
//! `kz.qazstep.core`) and Swift (module `QazstepCore`), generated in library mode.
//!
//! Invariants:
//! - Every `#[uniffi::*]` item of the project lives in this crate and only here (proc-macros,
//!   no UDL); each exported method converts its arguments, calls the core facade and converts
//!   the result back. No SQL, crypto or exam rule lives here.
//! - One public error, [`QazstepError`], mapped from the core's error in exactly one function.
//! - [`Qazstep`] is `Send + Sync`; calls are synchronous.
//! - Panics unwind (every profile keeps `panic = "unwind"`); UniFFI turns a panic into an
//!   internal exception on the foreign side instead of aborting the app.

mod app;
mod content;
mod error;
mod exam;
mod key_provider;
mod object;
mod practice;
mod profile;

pub use app::{Event, Message, MessageId, Screen};
pub use content::{
    BlueprintInfo, ContextView, Exam, ImportOutcome, ImportReport, Language, LocalizedText,
    PackInfo, Problem, QuestionKind, SubjectInfo, Topic,
};
pub use error::QazstepError;
pub use exam::{
    AnswerAck, AttemptSummary, AttemptView, ExamChoice, ExamSection, ItemScore, MatchPair,
    QuestionView, Response, Review, ReviewItem, ScoreReport, SectionScore, StartExam,
    ThresholdResult, TopicScore,
};
pub use key_provider::KeyProvider;
pub use object::Qazstep;
pub use practice::{
    Feedback, PracticeQuestion, PracticeRequest, PracticeSession, ProgressReport, SubjectProgress,
    TopicProgress,
};
pub use profile::{Consent, ProfileUpdate, ProfileView, Role};

uniffi::setup_scaffolding!();

/// A count or position the core holds unsigned, as the signed 32-bit integer shells use
/// (Kotlin's `Int`); none a screen holds is near the limit, so saturating is only a guard.
pub(crate) fn int(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// An index or count from a shell, for the core: a negative one becomes a value the core
/// refuses as out of range (never wraps around to a valid one).
pub(crate) fn uint(n: i32) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The version of the Qazstep core these bindings were built from.
#[uniffi::export]
pub fn core_version() -> String {
    qazstep_core::VERSION.to_string()
}

/// Validates a content pack (JSON bytes) without importing it: every problem, each with its
/// JSON path. An empty list means the pack would import.
#[uniffi::export]
pub fn validate_pack(bytes: Vec<u8>) -> Vec<Problem> {
    match qazstep_core::Qazstep::validate_pack(&bytes) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.into_iter().map(Into::into).collect(),
    }
}

/// Erases all personal data in `data_dir` **without the key**, for when `Qazstep.open`
/// fails with `KeyMismatch` or `KeyUnavailable` because the keystore key is gone for good (a
/// reset keystore, a restored phone): every personal row and wrapped data key is deleted; a
/// damaged personal database is removed. Content stays. The next `open` starts with an empty
/// profile and a new data key. While a `Qazstep` of this process is open on `data_dir` it
/// throws `Conflict` and erases nothing (close it first, or use its `erase_personal_data`).
#[uniffi::export]
pub fn erase_personal_data_without_key(data_dir: String) -> Result<(), QazstepError> {
    Ok(qazstep_core::Qazstep::erase_personal_data_without_key(
        std::path::Path::new(&data_dir),
    )?)
}

/// Checks an ИИН as typed (spaces allowed) and returns it masked (`80••••••••16`), for
/// validating a form field before `set_profile`. Throws `InvalidIin` with the reason (never
/// the number).
#[uniffi::export]
pub fn check_iin(iin: String) -> Result<String, QazstepError> {
    let parsed = qazstep_core::profile::Iin::parse(&iin).map_err(qazstep_core::Error::from)?;
    Ok(parsed.masked())
}
