//! The question bank's model and content packs (spec/content-pack.md).
//!
//! Invariants: a pack is parsed and validated as a whole before anything is imported; every
//! problem is reported with its JSON path; the bank's option indexes are the pack's (shuffles are
//! applied per attempt, never stored in the bank).

pub(crate) mod json;
mod model;
mod pack;
mod subjects;
mod validate;

pub use model::{Exam, Locale, LocalizedText, QuestionKind};
pub use pack::{
    Context, DEFAULT_DIFFICULTY, Media, PACK_FORMAT, Pack, Question, Subject, Topic, ValidatedPack,
};
pub(crate) use subjects::unknown_subject_code;
pub use subjects::{builtin_subject, builtin_subjects, is_builtin_subject};
pub use validate::{
    BlueprintCheck, clashes, is_valid_id, media_problems, pack_warnings, parse_pack,
    parse_pack_with, validate_value,
};
