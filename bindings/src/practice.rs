//! Records of practice, mistakes review and progress.

use qazstep_core::practice as core;

use crate::content::{ContextView, Exam, Language, QuestionKind};
use crate::exam::Response;

/// What to practise.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PracticeRequest {
    /// Subject code.
    pub subject: String,
    /// Topic id (must belong to the subject); `null` = the whole subject.
    #[uniffi(default)]
    pub topic: Option<String>,
    /// How many questions (1..=500).
    pub count: i32,
    /// Language.
    pub language: Language,
    /// ҰБТ or ПББ questions.
    pub exam: Exam,
    /// Seed of the choice (`null` = random).
    #[uniffi(default)]
    pub seed: Option<i64>,
}

impl From<PracticeRequest> for core::PracticeRequest {
    fn from(r: PracticeRequest) -> Self {
        Self {
            subject: r.subject,
            topic: r.topic,
            count: crate::uint(r.count),
            locale: r.language.into(),
            exam: r.exam.into(),
            seed: r.seed.map(|s| s as u64),
        }
    }
}

/// A practice question as shown (the key comes with the feedback on an answer).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PracticeQuestion {
    /// 0-based index in the session.
    pub index: i32,
    /// Question id.
    pub question: String,
    /// Subject code.
    pub subject: String,
    /// Topic id.
    pub topic: String,
    /// Kind.
    pub kind: QuestionKind,
    /// The question text.
    pub stem: String,
    /// Matching prompts.
    pub prompts: Vec<String>,
    /// Options (in pack order: practice does not shuffle).
    pub options: Vec<String>,
    /// Shared context.
    pub context: Option<ContextView>,
    /// Whether the answer given in this session was fully correct; `null` until answered.
    pub answered: Option<bool>,
}

/// A practice session (or mistakes review) as shown.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PracticeSession {
    /// Session id.
    pub id: String,
    /// Whether this is a review of earlier mistakes.
    pub mistakes: bool,
    /// The questions.
    pub questions: Vec<PracticeQuestion>,
}

impl From<core::PracticeSession> for PracticeSession {
    fn from(s: core::PracticeSession) -> Self {
        Self {
            id: s.id,
            mistakes: s.mistakes,
            questions: s
                .questions
                .into_iter()
                .map(|q| PracticeQuestion {
                    index: crate::int(q.index),
                    question: q.question,
                    subject: q.subject,
                    topic: q.topic,
                    kind: q.kind.into(),
                    stem: q.stem,
                    prompts: q.prompts,
                    options: q.options,
                    context: q.context.map(Into::into),
                    answered: q.answered,
                })
                .collect(),
        }
    }
}

/// Immediate feedback on a practice answer.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Feedback {
    /// 0-based index answered.
    pub index: i32,
    /// Full points earned.
    pub correct: bool,
    /// Points earned by the exam's rules.
    pub points: i32,
    /// Points possible.
    pub max_points: i32,
    /// The key (option indexes as the practice question shows them).
    pub key: Response,
    /// Why the key is right.
    pub explanation: Option<String>,
    /// Where the fact comes from.
    pub source: Option<String>,
}

impl From<core::Feedback> for Feedback {
    fn from(f: core::Feedback) -> Self {
        Self {
            index: crate::int(f.index),
            correct: f.correct,
            points: crate::int(f.points),
            max_points: crate::int(f.max_points),
            key: f.key.into(),
            explanation: f.explanation,
            source: f.source,
        }
    }
}

/// Progress on one topic.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TopicProgress {
    /// Topic id.
    pub topic: String,
    /// Answers given.
    pub answered: i32,
    /// Fully correct answers.
    pub correct: i32,
    /// `correct / answered` (0 when none).
    pub accuracy: f64,
    /// Last answer, ms since the epoch.
    pub last_seen_ms: i64,
}

/// Progress on one subject, with its topics.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SubjectProgress {
    /// Subject code.
    pub subject: String,
    /// Answers given.
    pub answered: i32,
    /// Fully correct answers.
    pub correct: i32,
    /// `correct / answered`.
    pub accuracy: f64,
    /// Last answer, ms since the epoch.
    pub last_seen_ms: i64,
    /// Per topic.
    pub topics: Vec<TopicProgress>,
}

/// Progress over everything answered (exams and practice).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ProgressReport {
    /// Answers given in all.
    pub answered: i32,
    /// Fully correct answers in all.
    pub correct: i32,
    /// Per subject.
    pub subjects: Vec<SubjectProgress>,
}

impl From<core::Progress> for ProgressReport {
    fn from(p: core::Progress) -> Self {
        Self {
            answered: crate::int(p.answered),
            correct: crate::int(p.correct),
            subjects: p
                .subjects
                .into_iter()
                .map(|s| SubjectProgress {
                    subject: s.subject,
                    answered: crate::int(s.answered),
                    correct: crate::int(s.correct),
                    accuracy: s.accuracy,
                    last_seen_ms: s.last_seen,
                    topics: s
                        .topics
                        .into_iter()
                        .map(|t| TopicProgress {
                            topic: t.topic,
                            answered: crate::int(t.answered),
                            correct: crate::int(t.correct),
                            accuracy: t.accuracy,
                            last_seen_ms: t.last_seen,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
