//! UniFFI bindings of the Qazstep core (crate `qazstep-ffi`) for Kotlin (package
//! `kz.qazstep.core`) and Swift (module `QazstepCore`), generated in library mode.
//!
//! Invariants:
//! - Every `#[uniffi::*]` item of the project lives in this crate and only here (proc-macros,
//!   no UDL); each exported method converts its arguments, calls the core facade and converts
//!   the result back. No SQL, crypto or exam rule lives here.
//! - One public error, [`QazstepError`], mapped from the core's error in exactly one function.
//! - [`QazstepCore`] is `Send + Sync`; calls are synchronous.
//! - Panics unwind (every profile keeps `panic = "unwind"`); UniFFI turns a panic into an
//!   internal exception on the foreign side instead of aborting the app.

mod content;
mod error;
mod exam;
mod key_provider;
mod object;
mod practice;
mod profile;

pub use content::{
    BlueprintInfo, ContextView, Exam, ImportOutcome, ImportReport, Language, LocalizedText,
    PackInfo, Problem, QuestionKind, Subject, Topic,
};
pub use error::QazstepError;
pub use exam::{
    AnswerAck, AttemptSummary, AttemptView, ExamChoice, ItemScore, MatchPair, QuestionView,
    Response, Review, ReviewItem, ScoreReport, Section, SectionScore, StartExam, ThresholdResult,
    TopicScore,
};
pub use key_provider::KeyProvider;
pub use object::QazstepCore;
pub use practice::{
    Feedback, PracticeQuestion, PracticeRequest, PracticeSession, ProgressReport, SubjectProgress,
    TopicProgress,
};
pub use profile::{Consent, ProfileUpdate, ProfileView, Role};

uniffi::setup_scaffolding!();

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

/// Erases all personal data in `data_dir` **without the key**, for when `QazstepCore.open`
/// fails with `KeyMismatch` or `KeyUnavailable` because the keystore key is gone for good (a
/// reset keystore, a restored phone): every personal row and wrapped data key is deleted; a
/// damaged personal database is removed. Content stays. The next `open` starts with an empty
/// profile and a new data key. While a `QazstepCore` of this process is open on `data_dir` it
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
