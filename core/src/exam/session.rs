//! The exam session: the sealed plan of an attempt, recorded responses, the views a shell
//! draws, and the mapping between shown and pack option indexes.
//!
//! Invariants:
//! - A [`QuestionView`] never carries an answer key or explanation; only a [`ReviewItem`]
//!   (after submission) does.
//! - Responses are stored with pack option indexes; shells see and send shown indexes (after
//!   the attempt's shuffle). [`to_pack`] validates a shown response before mapping it.
//! - Remaining time is `deadline - max(now, last_seen)`, floored at zero: it never grows when
//!   the wall clock moves back.

use serde::{Deserialize, Serialize};

use crate::content::{Context, Exam, Locale, LocalizedText, Question, QuestionKind};
use crate::error::{Error, Result};
use crate::exam::assembly::PlannedItem;
use crate::message::{Message, MessageId};
use crate::scoring::{ItemKey, Response, ScoreReport};

/// A section of an attempt as planned (enough to score it later, whatever blueprint updates
/// arrive meanwhile).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedSection {
    /// Runtime section id.
    pub id: String,
    /// Subject code of its questions.
    pub subject: String,
    /// Display name: the blueprint's, else the subject's (attempts started by earlier builds
    /// may leave a profile section unnamed).
    pub name: Option<LocalizedText>,
    /// Section minimum, if any.
    pub min_points: Option<u32>,
}

/// Everything decided when an attempt starts. Sealed in `attempts.plan`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptPlan {
    /// Blueprint id (`unt-2025`).
    pub blueprint: String,
    /// Blueprint revision used.
    pub revision: u32,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// Language of the questions.
    pub locale: Locale,
    /// Chosen subjects (ҰБТ profile pair, or the ПББ subject).
    pub chosen: Vec<String>,
    /// ПББ qualification category aimed at, if any.
    pub category: Option<String>,
    /// Seed of the assembly.
    pub seed: u64,
    /// Whether the blueprint's extra time was granted.
    pub extra_time: bool,
    /// Sections in order.
    pub sections: Vec<PlannedSection>,
    /// Items in position order.
    pub items: Vec<PlannedItem>,
}

impl AttemptPlan {
    /// The item at 1-based `position`, or a clear error.
    pub fn item(&self, position: u32) -> Result<&PlannedItem> {
        position
            .checked_sub(1)
            .and_then(|i| self.items.get(i as usize))
            .ok_or_else(|| {
                Error::invalid(
                    Message::new(MessageId::PositionOutOfRange)
                        .arg("position", position)
                        .arg("max", self.items.len()),
                    format!(
                        "position {position} does not exist (this attempt has positions 1..{})",
                        self.items.len()
                    ),
                )
            })
    }
}

/// What is stored per answered or flagged position. Sealed in `responses.data`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ResponseRecord {
    /// The response in pack option indexes; `None` when only flagged.
    pub response: Option<Response>,
    /// Marked for later by the student.
    pub flagged: bool,
}

/// The answer key of a question, for scoring.
pub fn item_key(q: &Question) -> ItemKey {
    ItemKey {
        kind: q.kind,
        options: q.options.len() as u32,
        prompts: q.prompts.len() as u32,
        correct: q.correct.clone(),
    }
}

/// Maps a response given in shown option indexes to pack indexes, validating it against the
/// question first (out-of-range options, unknown prompts, wrong shape → `InvalidInput`).
pub fn to_pack(item: &PlannedItem, key: &ItemKey, shown: &Response) -> Result<Response> {
    crate::scoring::validate_response(key, shown)?;
    let map = |s: u32| {
        item.order.get(s as usize).copied().ok_or_else(|| {
            Error::invalid(
                Message::new(MessageId::OptionOutOfRange)
                    .arg("option", crate::message::option_letter(s))
                    .arg("options", item.order.len()),
                format!("option {s} does not exist ({} options)", item.order.len()),
            )
        })
    };
    Ok(match shown {
        Response::Choice(v) => Response::Choice(v.iter().map(|s| map(*s)).collect::<Result<_>>()?),
        Response::Matching(v) => Response::Matching(
            v.iter()
                .map(|(p, s)| Ok((*p, map(*s)?)))
                .collect::<Result<_>>()?,
        ),
    })
}

/// Maps a stored (pack-index) response to shown indexes.
pub fn to_shown(item: &PlannedItem, pack: &Response) -> Response {
    let inv = |p: u32| {
        item.order
            .iter()
            .position(|&o| o == p)
            .map_or(p, |i| i as u32)
    };
    match pack {
        Response::Choice(v) => {
            let mut out: Vec<u32> = v.iter().map(|p| inv(*p)).collect();
            out.sort_unstable();
            Response::Choice(out)
        }
        Response::Matching(v) => Response::Matching(v.iter().map(|(p, o)| (*p, inv(*o))).collect()),
    }
}

/// The key of a question as a response in pack indexes (what a fully correct answer is).
pub fn pack_key(q: &Question) -> Response {
    match q.kind {
        QuestionKind::Matching => Response::Matching(
            q.correct
                .iter()
                .enumerate()
                .map(|(p, o)| (p as u32, *o))
                .collect(),
        ),
        QuestionKind::Single | QuestionKind::Multiple => Response::Choice(q.correct.clone()),
    }
}

/// The key of a question in shown indexes (for review).
pub fn key_shown(item: &PlannedItem, q: &Question) -> Response {
    to_shown(item, &pack_key(q))
}

/// The question's options in the order the attempt shows them.
pub fn shown_options(item: &PlannedItem, q: &Question) -> Vec<String> {
    item.order
        .iter()
        .filter_map(|&o| q.options.get(o as usize).cloned())
        .collect()
}

/// Remaining milliseconds given the deadline and the guarded time.
pub fn remaining_ms(deadline: i64, guarded_now: i64) -> i64 {
    (deadline - guarded_now).max(0)
}

/// A context as shown with its questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContextView {
    /// Context id.
    pub id: String,
    /// Title, if any.
    pub title: Option<String>,
    /// The text (Markdown tables, `$…$` formulas).
    pub text: String,
}

impl From<&Context> for ContextView {
    fn from(c: &Context) -> Self {
        Self {
            id: c.id.clone(),
            title: c.title.clone(),
            text: c.text.clone(),
        }
    }
}

/// One question as shown during an exam: no key, no explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionView {
    /// 1-based position.
    pub position: u32,
    /// Section id.
    pub section: String,
    /// Kind.
    pub kind: QuestionKind,
    /// The question text.
    pub stem: String,
    /// Left items of a matching question (empty otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<String>,
    /// Options in shown order.
    pub options: Vec<String>,
    /// The shared context, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<ContextView>,
    /// The recorded response in shown indexes; `null` when unanswered.
    pub response: Option<Response>,
    /// Flagged for later.
    pub flagged: bool,
}

/// A whole attempt as a shell draws it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttemptView {
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// Seconds left (0 once time is up or submitted).
    pub remaining_seconds: i64,
    /// Whether the attempt is closed.
    pub submitted: bool,
    /// Sections in order.
    pub sections: Vec<PlannedSection>,
    /// Questions in position order.
    pub questions: Vec<QuestionView>,
}

/// An attempt in a list (resume screen, history).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttemptSummary {
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// Chosen subjects.
    pub subjects: Vec<String>,
    /// Number of questions.
    pub questions: u32,
    /// Questions with a recorded response.
    pub answered: u32,
    /// Start, ms since the epoch.
    pub started_at: i64,
    /// Deadline, ms since the epoch.
    pub deadline: i64,
    /// Seconds left.
    pub remaining_seconds: i64,
    /// Whether the attempt is closed.
    pub submitted: bool,
    /// Total score once submitted.
    pub total: Option<u32>,
    /// Maximum score once submitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_total: Option<u32>,
    /// A sealed part of the attempt (its plan, result or a response) does not open: what is
    /// known of it is listed, the rest is empty, and it can only be removed.
    pub damaged: bool,
}

/// What an answer call acknowledges (after the commit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerAck {
    /// The position answered.
    pub position: u32,
    /// Seconds left.
    pub remaining_seconds: i64,
    /// Positions with a recorded response.
    pub answered: u32,
}

/// One question after submission: the student's response, the key, the points, the teaching.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewItem {
    /// 1-based position.
    pub position: u32,
    /// Section id.
    pub section: String,
    /// Topic id.
    pub topic: String,
    /// Kind.
    pub kind: QuestionKind,
    /// Question text.
    pub stem: String,
    /// Matching prompts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<String>,
    /// Options in the order shown during the attempt.
    pub options: Vec<String>,
    /// Shared context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<ContextView>,
    /// The student's response (shown indexes), `null` if unanswered.
    pub response: Option<Response>,
    /// The key (shown indexes).
    pub correct: Response,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max_points: u32,
    /// Why the key is right.
    pub explanation: Option<String>,
    /// Where the fact comes from.
    pub source: Option<String>,
}

/// Points per topic within a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicScore {
    /// Section id.
    pub section: String,
    /// Topic id.
    pub topic: String,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// Items of this topic.
    pub items: u32,
}

/// The review of a submitted attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    /// Attempt id.
    pub attempt: String,
    /// The score report.
    pub report: ScoreReport,
    /// Every question with response, key and points.
    pub items: Vec<ReviewItem>,
    /// Breakdown per section and topic.
    pub topics: Vec<TopicScore>,
}
