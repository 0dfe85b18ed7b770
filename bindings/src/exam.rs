//! Records and enums of mock exams: starting, the attempt as drawn, answers, the score report
//! and the review. During an attempt no record carries an answer key.

use qazstep_core::exam as core;
use qazstep_core::scoring;

use crate::content::{ContextView, Language, LocalizedText, QuestionKind};

/// A `(prompt, option)` pair of a matching response (0-based indexes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct MatchPair {
    /// Index of the prompt (left item).
    pub prompt: i32,
    /// Index of the option (as shown) matched to it.
    pub option: i32,
}

/// A response to one question, in option indexes as shown.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Response {
    /// Chosen options (single and multiple choice).
    Choice {
        /// 0-based option indexes.
        options: Vec<i32>,
    },
    /// Matched pairs (matching questions).
    Matching {
        /// One pair per matched prompt.
        pairs: Vec<MatchPair>,
    },
}

impl From<Response> for scoring::Response {
    fn from(r: Response) -> Self {
        match r {
            Response::Choice { options } => {
                scoring::Response::Choice(options.into_iter().map(crate::uint).collect())
            }
            Response::Matching { pairs } => scoring::Response::Matching(
                pairs
                    .iter()
                    .map(|p| (crate::uint(p.prompt), crate::uint(p.option)))
                    .collect(),
            ),
        }
    }
}

impl From<scoring::Response> for Response {
    fn from(r: scoring::Response) -> Self {
        match r {
            scoring::Response::Choice(options) => Response::Choice {
                options: options.into_iter().map(crate::int).collect(),
            },
            scoring::Response::Matching(pairs) => Response::Matching {
                pairs: pairs
                    .into_iter()
                    .map(|(prompt, option)| MatchPair {
                        prompt: crate::int(prompt),
                        option: crate::int(option),
                    })
                    .collect(),
            },
        }
    }
}

/// The subjects of a mock exam.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum ExamChoice {
    /// ҰБТ: the two profile subjects (one of the blueprint's allowed pairs).
    Unt {
        /// First profile subject code (e.g. `math`).
        first: String,
        /// Second profile subject code (e.g. `physics`).
        second: String,
    },
    /// ПББ: the subject taught and, optionally, the qualification category aimed at.
    Pbb {
        /// Subject code.
        subject: String,
        /// Category id (`pedagog`, `moderator`, `expert`…), if any.
        category: Option<String>,
    },
}

/// How to start a mock exam.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct StartExam {
    /// Blueprint id (see `blueprints()`), e.g. `unt-2025`.
    pub blueprint: String,
    /// Subjects (and ПББ category).
    pub choice: ExamChoice,
    /// Language of the questions.
    pub language: Language,
    /// Seed of the assembly (`null` = random).
    #[uniffi(default)]
    pub seed: Option<i64>,
    /// Grant the blueprint's extra time (special educational needs).
    #[uniffi(default)]
    pub extra_time: bool,
}

impl From<StartExam> for qazstep_core::StartExam {
    fn from(s: StartExam) -> Self {
        let (subjects, category) = match s.choice {
            ExamChoice::Unt { first, second } => (vec![first, second], None),
            ExamChoice::Pbb { subject, category } => (vec![subject], category),
        };
        Self {
            blueprint: s.blueprint,
            subjects,
            category,
            locale: s.language.into(),
            seed: s.seed.map(|s| s as u64),
            extra_time: s.extra_time,
        }
    }
}

/// A section of an attempt.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExamSection {
    /// Section id (used by questions and scores).
    pub id: String,
    /// Subject code of its questions.
    pub subject: String,
    /// Display name: the blueprint's, else the subject's (absent only in attempts started by
    /// older versions, for profile subjects: name them from `subjects()`).
    pub name: Option<LocalizedText>,
    /// Minimum points of the section, if any.
    pub min_points: Option<i32>,
}

impl From<core::PlannedSection> for ExamSection {
    fn from(s: core::PlannedSection) -> Self {
        Self {
            id: s.id,
            subject: s.subject,
            name: s.name.map(Into::into),
            min_points: s.min_points.map(crate::int),
        }
    }
}

/// One question as shown during an exam: no answer key, no explanation.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuestionView {
    /// 1-based position in the attempt.
    pub position: i32,
    /// Section id.
    pub section: String,
    /// Kind.
    pub kind: QuestionKind,
    /// The question text.
    pub stem: String,
    /// Left items of a matching question (empty otherwise).
    pub prompts: Vec<String>,
    /// Options in shown order.
    pub options: Vec<String>,
    /// The shared context, if any.
    pub context: Option<ContextView>,
    /// The recorded response (shown indexes); `null` when unanswered.
    pub response: Option<Response>,
    /// Flagged for later.
    pub flagged: bool,
}

impl From<core::QuestionView> for QuestionView {
    fn from(q: core::QuestionView) -> Self {
        Self {
            position: crate::int(q.position),
            section: q.section,
            kind: q.kind.into(),
            stem: q.stem,
            prompts: q.prompts,
            options: q.options,
            context: q.context.map(Into::into),
            response: q.response.map(Into::into),
            flagged: q.flagged,
        }
    }
}

/// A whole attempt as a shell draws it (every question page at once).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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
    pub sections: Vec<ExamSection>,
    /// Questions in position order.
    pub questions: Vec<QuestionView>,
}

impl From<core::AttemptView> for AttemptView {
    fn from(a: core::AttemptView) -> Self {
        Self {
            attempt: a.attempt,
            blueprint: a.blueprint,
            remaining_seconds: a.remaining_seconds,
            submitted: a.submitted,
            sections: a.sections.into_iter().map(Into::into).collect(),
            questions: a.questions.into_iter().map(Into::into).collect(),
        }
    }
}

/// An attempt in a list (resume screen, history).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AttemptSummary {
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// Chosen subjects.
    pub subjects: Vec<String>,
    /// Number of questions.
    pub questions: i32,
    /// Questions with a recorded response.
    pub answered: i32,
    /// Start, ms since the epoch.
    pub started_at_ms: i64,
    /// Deadline, ms since the epoch.
    pub deadline_ms: i64,
    /// Seconds left.
    pub remaining_seconds: i64,
    /// Whether the attempt is closed.
    pub submitted: bool,
    /// Total score once submitted.
    pub total: Option<i32>,
    /// A sealed part of it does not open: only removing it is possible.
    pub damaged: bool,
}

impl From<core::AttemptSummary> for AttemptSummary {
    fn from(a: core::AttemptSummary) -> Self {
        Self {
            attempt: a.attempt,
            blueprint: a.blueprint,
            subjects: a.subjects,
            questions: crate::int(a.questions),
            answered: crate::int(a.answered),
            started_at_ms: a.started_at,
            deadline_ms: a.deadline,
            remaining_seconds: a.remaining_seconds,
            submitted: a.submitted,
            total: a.total.map(crate::int),
            damaged: a.damaged,
        }
    }
}

/// What an answer, clear or flag acknowledges, after it is committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct AnswerAck {
    /// The position changed.
    pub position: i32,
    /// Seconds left.
    pub remaining_seconds: i64,
    /// Positions with a recorded response.
    pub answered: i32,
}

impl From<core::AnswerAck> for AnswerAck {
    fn from(a: core::AnswerAck) -> Self {
        Self {
            position: crate::int(a.position),
            remaining_seconds: a.remaining_seconds,
            answered: crate::int(a.answered),
        }
    }
}

/// Points of one section.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SectionScore {
    /// Section id.
    pub section: String,
    /// Points earned.
    pub score: i32,
    /// Maximum points.
    pub max: i32,
    /// The section minimum, if any.
    pub min_required: Option<i32>,
    /// Whether the minimum is reached (true without one).
    pub passed: bool,
}

/// Points of one question.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ItemScore {
    /// Position in the attempt.
    pub position: i32,
    /// Section id.
    pub section: String,
    /// Points earned.
    pub points: i32,
    /// Maximum points.
    pub max_points: i32,
}

/// Whether one total minimum (ҰБТ threshold or ПББ category) is met.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ThresholdResult {
    /// Threshold id (`national_universities`, `pedagog`…).
    pub id: String,
    /// The minimum in points.
    pub min_total: i32,
    /// Met: the total reaches it and every section minimum is reached.
    pub met: bool,
}

/// The score report of an attempt, by the official rules of its blueprint.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScoreReport {
    /// Points earned.
    pub total: i32,
    /// Maximum points.
    pub max_total: i32,
    /// Sections in order.
    pub sections: Vec<SectionScore>,
    /// Questions in position order.
    pub items: Vec<ItemScore>,
    /// Every threshold of the blueprint, in its order.
    pub thresholds: Vec<ThresholdResult>,
}

impl From<scoring::ScoreReport> for ScoreReport {
    fn from(r: scoring::ScoreReport) -> Self {
        Self {
            total: crate::int(r.total),
            max_total: crate::int(r.max_total),
            sections: r
                .sections
                .into_iter()
                .map(|s| SectionScore {
                    section: s.section,
                    score: crate::int(s.score),
                    max: crate::int(s.max),
                    min_required: s.min_required.map(crate::int),
                    passed: s.passed,
                })
                .collect(),
            items: r
                .items
                .into_iter()
                .map(|i| ItemScore {
                    position: crate::int(i.position),
                    section: i.section,
                    points: crate::int(i.points),
                    max_points: crate::int(i.max_points),
                })
                .collect(),
            thresholds: r
                .thresholds
                .into_iter()
                .map(|t| ThresholdResult {
                    id: t.id,
                    min_total: crate::int(t.min_total),
                    met: t.met,
                })
                .collect(),
        }
    }
}

/// One question after submission: response, key, points and explanation.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReviewItem {
    /// 1-based position.
    pub position: i32,
    /// Section id.
    pub section: String,
    /// Topic id.
    pub topic: String,
    /// Kind.
    pub kind: QuestionKind,
    /// Question text.
    pub stem: String,
    /// Matching prompts.
    pub prompts: Vec<String>,
    /// Options in the order shown during the attempt.
    pub options: Vec<String>,
    /// Shared context.
    pub context: Option<ContextView>,
    /// The student's response (shown indexes), `null` if unanswered.
    pub response: Option<Response>,
    /// The key (shown indexes).
    pub correct: Response,
    /// Points earned.
    pub points: i32,
    /// Points possible.
    pub max_points: i32,
    /// Why the key is right.
    pub explanation: Option<String>,
    /// Where the fact comes from.
    pub source: Option<String>,
}

impl From<core::ReviewItem> for ReviewItem {
    fn from(i: core::ReviewItem) -> Self {
        Self {
            position: crate::int(i.position),
            section: i.section,
            topic: i.topic,
            kind: i.kind.into(),
            stem: i.stem,
            prompts: i.prompts,
            options: i.options,
            context: i.context.map(Into::into),
            response: i.response.map(Into::into),
            correct: i.correct.into(),
            points: crate::int(i.points),
            max_points: crate::int(i.max_points),
            explanation: i.explanation,
            source: i.source,
        }
    }
}

/// Points per topic within a section.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TopicScore {
    /// Section id.
    pub section: String,
    /// Topic id.
    pub topic: String,
    /// Points earned.
    pub points: i32,
    /// Points possible.
    pub max: i32,
    /// Questions of this topic.
    pub items: i32,
}

/// The review of a submitted attempt.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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

impl From<core::Review> for Review {
    fn from(r: core::Review) -> Self {
        Self {
            attempt: r.attempt,
            report: r.report.into(),
            items: r.items.into_iter().map(Into::into).collect(),
            topics: r
                .topics
                .into_iter()
                .map(|t| TopicScore {
                    section: t.section,
                    topic: t.topic,
                    points: crate::int(t.points),
                    max: crate::int(t.max),
                    items: crate::int(t.items),
                })
                .collect(),
        }
    }
}
