//! Practice sessions, mistakes review and progress.
//!
//! Invariants:
//! - Every answer (practice or exam) becomes an [`AnswerEvent`] in the sealed history; progress,
//!   mistakes and (later) spaced repetition are computed from these events only.
//! - Events of kk and ru twins of a question share its `group`, so progress carries over when a
//!   student switches exam language.
//! - Practice gives immediate feedback: correct or not, the key, the explanation.
//! - The views read a [`summary`] folded from the events in the same transaction as each
//!   history append; the functions here over raw events define what the summary must equal.

pub mod summary;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::content::{Exam, Locale, QuestionKind};
use crate::exam::ContextView;
use crate::scoring::Response;

/// Where an answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// In a mock exam (recorded at submission).
    Exam,
    /// In practice or mistakes review (recorded at once).
    Practice,
}

/// One answer to one question. Sealed in `history`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerEvent {
    /// Question id.
    pub question: String,
    /// Translation group, if any.
    pub group: Option<String>,
    /// Subject code.
    pub subject: String,
    /// Topic id.
    pub topic: String,
    /// Kind.
    pub kind: QuestionKind,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max_points: u32,
    /// Full points earned.
    pub correct: bool,
    /// When, ms since the epoch.
    pub at: i64,
    /// Exam or practice.
    pub origin: Origin,
    /// The response in pack indexes (`None` = left unanswered in an exam).
    pub response: Option<Response>,
}

impl AnswerEvent {
    /// The key under which twins in other languages are the same item.
    pub fn item_key(&self) -> &str {
        self.group.as_deref().unwrap_or(&self.question)
    }
}

/// What to practise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeRequest {
    /// Subject code.
    pub subject: String,
    /// Optional topic id (must belong to the subject).
    pub topic: Option<String>,
    /// How many questions (≥ 1).
    pub count: u32,
    /// Language.
    pub locale: Locale,
    /// ҰБТ or ПББ questions.
    pub exam: Exam,
    /// Seed of the random choice (`None` = random).
    pub seed: Option<u64>,
}

/// One question of a practice session. Sealed in `practice.data`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeItem {
    /// Question id.
    pub question: String,
    /// Whether the answer in this session was fully correct; `None` until answered.
    pub answered: Option<bool>,
    /// The answer given in this session (pack indexes, canonical order); absent in sessions
    /// stored by earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
}

/// A practice session's state. Sealed in `practice.data`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticePlan {
    /// Subject practised (`None` for a mistakes review across subjects).
    pub subject: Option<String>,
    /// Topic practised.
    pub topic: Option<String>,
    /// Language.
    pub locale: Locale,
    /// Exam whose rules give the points.
    pub exam: Exam,
    /// A review of earlier mistakes.
    pub mistakes: bool,
    /// The questions.
    pub items: Vec<PracticeItem>,
}

/// A practice question as shown (no key until answered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeQuestion {
    /// 0-based index in the session.
    pub index: u32,
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<String>,
    /// Options in pack order.
    pub options: Vec<String>,
    /// Shared context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<ContextView>,
    /// Result of the answer given in this session, if any.
    pub answered: Option<bool>,
}

/// A practice session as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeSession {
    /// Session id.
    pub id: String,
    /// A mistakes review.
    pub mistakes: bool,
    /// The questions.
    pub questions: Vec<PracticeQuestion>,
}

/// Immediate feedback on a practice answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Feedback {
    /// 0-based index answered.
    pub index: u32,
    /// Full points earned.
    pub correct: bool,
    /// Points earned by the exam's rules.
    pub points: u32,
    /// Points possible.
    pub max_points: u32,
    /// The key (pack indexes, as the practice question shows them).
    pub key: Response,
    /// Why.
    pub explanation: Option<String>,
    /// Where the fact comes from.
    pub source: Option<String>,
}

/// Progress on one topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicProgress {
    /// Topic id.
    pub topic: String,
    /// Answers given.
    pub answered: u32,
    /// Fully correct answers.
    pub correct: u32,
    /// `correct / answered` (0 when none).
    pub accuracy: f64,
    /// Last answer, ms since the epoch.
    pub last_seen: i64,
}

/// Progress on one subject, with its topics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SubjectProgress {
    /// Subject code.
    pub subject: String,
    /// Answers given.
    pub answered: u32,
    /// Fully correct answers.
    pub correct: u32,
    /// `correct / answered`.
    pub accuracy: f64,
    /// Last answer, ms since the epoch.
    pub last_seen: i64,
    /// Per topic.
    pub topics: Vec<TopicProgress>,
}

/// Progress over everything answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    /// Answers given in all.
    pub answered: u32,
    /// Fully correct answers in all.
    pub correct: u32,
    /// Per subject, by code.
    pub subjects: Vec<SubjectProgress>,
}

#[derive(Default)]
struct Tally {
    answered: u32,
    correct: u32,
    last_seen: i64,
}

impl Tally {
    fn add(&mut self, e: &AnswerEvent) {
        self.answered += 1;
        self.correct += u32::from(e.correct);
        self.last_seen = self.last_seen.max(e.at);
    }

    fn accuracy(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            f64::from(self.correct) / f64::from(self.answered)
        }
    }
}

/// Progress per subject and topic. Unanswered exam items are not counted as answers.
pub fn progress(events: &[AnswerEvent]) -> Progress {
    let mut subjects: BTreeMap<&str, (Tally, BTreeMap<&str, Tally>)> = BTreeMap::new();
    let mut all = Tally::default();
    for e in events.iter().filter(|e| e.response.is_some()) {
        all.add(e);
        let (s, topics) = subjects.entry(&e.subject).or_default();
        s.add(e);
        topics.entry(&e.topic).or_default().add(e);
    }
    Progress {
        answered: all.answered,
        correct: all.correct,
        subjects: subjects
            .into_iter()
            .map(|(subject, (t, topics))| SubjectProgress {
                subject: subject.to_string(),
                answered: t.answered,
                correct: t.correct,
                accuracy: t.accuracy(),
                last_seen: t.last_seen,
                topics: topics
                    .into_iter()
                    .map(|(topic, tt)| TopicProgress {
                        topic: topic.to_string(),
                        answered: tt.answered,
                        correct: tt.correct,
                        accuracy: tt.accuracy(),
                        last_seen: tt.last_seen,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// When each question (by id) and each translation group was last seen: answered, or shown in
/// a submitted exam and left unanswered.
pub fn last_seen(events: &[AnswerEvent]) -> HashMap<String, i64> {
    let mut out = HashMap::new();
    for e in events {
        for key in [Some(e.question.as_str()), e.group.as_deref()]
            .into_iter()
            .flatten()
        {
            let v = out.entry(key.to_string()).or_insert(e.at);
            *v = (*v).max(e.at);
        }
    }
    out
}

/// Items (group or question id) whose most recent answer was not fully correct, most recent
/// mistake first.
pub fn mistakes(events: &[AnswerEvent]) -> Vec<String> {
    let mut last: HashMap<&str, (i64, bool)> = HashMap::new();
    // Events come oldest first; a later event at the same time wins.
    for e in events.iter().filter(|e| e.response.is_some()) {
        let entry = last.entry(e.item_key()).or_insert((e.at, e.correct));
        if e.at >= entry.0 {
            *entry = (e.at, e.correct);
        }
    }
    // The summary's ordering (one sort instantiation for both).
    summary::order_mistakes(
        last.into_iter()
            .filter(|(_, (_, ok))| !ok)
            .map(|(k, (at, _))| (k.to_string(), at))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(q: &str, group: Option<&str>, topic: &str, correct: bool, at: i64) -> AnswerEvent {
        AnswerEvent {
            question: q.into(),
            group: group.map(Into::into),
            subject: "math".into(),
            topic: topic.into(),
            kind: QuestionKind::Single,
            points: u32::from(correct),
            max_points: 1,
            correct,
            at,
            origin: Origin::Practice,
            response: Some(Response::Choice(vec![0])),
        }
    }

    #[test]
    fn progress_counts_per_subject_and_topic() {
        let events = vec![
            ev("a", None, "t1", true, 1),
            ev("b", None, "t1", false, 2),
            ev("c", None, "t2", true, 3),
        ];
        let p = progress(&events);
        assert_eq!((p.answered, p.correct), (3, 2));
        let s = &p.subjects[0];
        assert_eq!(s.topics.len(), 2);
        assert_eq!(s.topics[0].answered, 2);
        assert!((s.topics[0].accuracy - 0.5).abs() < 1e-9);
        assert_eq!(s.last_seen, 3);
    }

    #[test]
    fn mistakes_follow_the_last_answer_across_languages() {
        let events = vec![
            ev("m.kk.1", Some("g1"), "t", false, 1),
            ev("m.ru.1", Some("g1"), "t", true, 2), // corrected in Russian
            ev("m.kk.2", Some("g2"), "t", true, 3),
            ev("m.kk.2", Some("g2"), "t", false, 4),
            ev("m.kk.3", None, "t", false, 5),
        ];
        assert_eq!(
            mistakes(&events),
            vec!["m.kk.3".to_string(), "g2".to_string()]
        );
    }
}
