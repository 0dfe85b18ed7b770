//! The question bank's model and content packs (spec/content-pack.md).
//!
//! Invariants: a pack is parsed and validated as a whole before anything is imported; every
//! problem is reported with its JSON path; the bank's option indexes are the pack's (shuffles are
//! applied per attempt, never stored in the bank).

mod model;

pub use model::{Exam, Locale, LocalizedText, QuestionKind};
