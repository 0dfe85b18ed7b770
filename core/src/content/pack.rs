//! The content pack's value types (spec/content-pack.md, format 1).
//!
//! Invariants:
//! - A [`Pack`] is only ever produced by [`parse_pack`](super::parse_pack), so every pack a caller
//!   holds has passed validation: ids are unique and well-formed, references resolve, and every
//!   question's options and answer key fit its kind. There is deliberately no `Deserialize` on
//!   [`Pack`] that would bypass that.
//! - [`Question`], [`Context`], [`Topic`], [`Subject`] and [`Media`] serialize to exactly the
//!   pack's JSON shape (field names and defaults), which is also how the bank stores them.

use serde::{Deserialize, Serialize};

use super::model::{Exam, Locale, LocalizedText, QuestionKind};
use crate::validation::Problem;

/// The only pack format this build reads.
pub const PACK_FORMAT: u32 = 1;

/// The default difficulty of a question that gives none.
pub const DEFAULT_DIFFICULTY: u8 = 3;

/// A whole content pack: questions, the contexts they refer to, and their subjects and topics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pack {
    /// Pack format; always [`PACK_FORMAT`].
    pub format: u32,
    /// Reverse-DNS id of the pack, e.g. `kz.qazstep.starter.kk`.
    pub id: String,
    /// Version of the pack (≥ 1); a higher version replaces a lower one on import.
    pub version: u32,
    /// The language of the pack's questions and contexts.
    pub locale: Locale,
    /// Title of the pack in Kazakh and Russian (and optionally English).
    pub title: LocalizedText,
    /// Subjects the pack declares (built-in subjects need no entry).
    pub subjects: Vec<Subject>,
    /// Topics the pack's questions are filed under.
    pub topics: Vec<Topic>,
    /// Shared texts, tables or figures several questions refer to.
    pub contexts: Vec<Context>,
    /// The questions.
    pub questions: Vec<Question>,
    /// Blueprint objects, kept raw; the blueprint module validates them.
    pub blueprints: Vec<serde_json::Value>,
}

/// A school subject or test section, identified by its code (`math`, `history_kz`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    /// Code of spec/exams.md, e.g. `math_literacy`.
    pub code: String,
    /// Name in Kazakh and Russian (and optionally English).
    pub name: LocalizedText,
}

/// A topic within a subject; shared by id across packs of different languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    /// Id, e.g. `math.equations`.
    pub id: String,
    /// Code of the subject the topic belongs to.
    pub subject: String,
    /// Name in Kazakh and Russian (and optionally English).
    pub name: LocalizedText,
}

/// A media file beside the pack (an image), named by a relative path and checked by hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Media {
    /// Kind of media; format 1 knows `image`.
    pub kind: String,
    /// Path relative to the pack file.
    pub path: String,
    /// SHA-256 of the file, 64 lowercase hex digits.
    pub sha256: String,
    /// Text alternative for screen readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
}

/// A shared text, table or figure that several questions refer to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// Id, unique across packs.
    pub id: String,
    /// Code of the subject; questions referring to the context share it.
    pub subject: String,
    /// Optional title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text (Markdown tables, LaTeX between `$…$`).
    pub text: String,
    /// Media the text shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<Media>,
    /// Translation group: the same context in other languages carries the same group id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

fn default_difficulty() -> u8 {
    DEFAULT_DIFFICULTY
}

/// One test item with its answer key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Id, unique across packs.
    pub id: String,
    /// The test the question belongs to (default: ҰБТ).
    #[serde(default = "default_exam")]
    pub exam: Exam,
    /// Code of the subject.
    pub subject: String,
    /// Id of the topic (belongs to `subject`).
    pub topic: String,
    /// Kind of item: single, multiple or matching.
    pub kind: QuestionKind,
    /// The question text.
    pub stem: String,
    /// Left-hand items of a matching question; empty for the other kinds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<String>,
    /// The options, in the pack's order (shuffles are per attempt, never stored).
    pub options: Vec<String>,
    /// Answer key: 0-based option indexes (matching: `correct[i]` is the option for prompt `i`).
    pub correct: Vec<u32>,
    /// Id of the shared context the question refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Translation group: the same question in other languages carries the same group id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Worked explanation shown after answering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// Where the question comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Difficulty from 1 (easy) to 5 (hard).
    #[serde(default = "default_difficulty")]
    pub difficulty: u8,
    /// Media the stem shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<Media>,
}

fn default_exam() -> Exam {
    Exam::Unt
}

/// A parsed, fully validated pack plus its SHA-256 (hex) and its warnings (unused topic/context).
#[derive(Debug, Clone, PartialEq)]
pub struct ValidatedPack {
    /// The pack.
    pub pack: Pack,
    /// SHA-256 of the pack file's bytes, 64 lowercase hex digits.
    pub sha256: String,
    /// Things worth fixing that do not stop an import (a topic or context no question uses).
    pub warnings: Vec<Problem>,
}
