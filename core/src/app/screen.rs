//! [`Screen`]: everything a shell draws, as data. The serde form is the JSON-lines contract of
//! spec/app.md — flat: `{"screen": "exam", "error": null, …its fields}`; the FFI mirrors these
//! records one to one.
//!
//! Invariants:
//! - A screen carries data, codes and message ids, never an English sentence; display names of
//!   subjects, sections, topics, exams and thresholds come in the interface language.
//! - Nothing on an exam or submit-confirmation screen reveals an answer key: options in the
//!   attempt's shuffled order, no key, no points per option, no explanation (a test walks every
//!   serialized screen of a whole mock).
//! - Positions shown to a user are 1-based; option indexes (responses) are 0-based as shown,
//!   as in spec/cli.md.

use serde::Serialize;

use crate::content::{Exam, Locale, QuestionKind};
use crate::message::{Message, MessageId};
use crate::profile::Role;
use crate::scoring::Response;

/// A code with its display name in the interface language (a subject, section, topic,
/// blueprint, threshold, category).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    /// The stable code (`math`, `history_kz`, `math.equations`, `unt-2025`).
    pub code: String,
    /// Its name in the interface language.
    pub name: String,
}

/// One of the choices a form or an exam start offers: subject codes and their joined name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectChoice {
    /// The subject codes (a ҰБТ pair, one ПББ subject).
    pub subjects: Vec<String>,
    /// Their names joined as the exams list them (`Математика – Физика`).
    pub name: String,
}

/// The steps of onboarding, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnboardingStep {
    /// Choose the interface language.
    Language,
    /// Read and accept the privacy policy (again when a newer version is in force).
    Policy,
    /// Fill in the profile.
    Profile,
}

/// The privacy policy as shown: its version, its points (catalog ids, in order), the operator's
/// contact and the notices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyView {
    /// The version in force (its effective date, `2025-02-05`).
    pub version: String,
    /// The version the user accepted earlier, when a newer one is shown for acceptance.
    pub accepted_version: Option<String>,
    /// What the policy says, point by point (catalog ids).
    pub points: Vec<MessageId>,
    /// The operator's e-mail for requests about personal data.
    pub operator_email: String,
    /// The operator's address.
    pub operator_address: String,
    /// That the app is not an official state service; where its questions come from.
    pub notices: Vec<MessageId>,
}

/// The profile form (onboarding, and the values the privacy screen corrects).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileFormView {
    /// Student or teacher.
    pub role: Role,
    /// The name given, if any (the user's own screen).
    pub name: Option<String>,
    /// The ИИН masked, once given (optional).
    pub iin_masked: Option<String>,
    /// The chosen subject codes.
    pub subjects: Vec<String>,
    /// The exam date `YYYY-MM-DD`, if set.
    pub exam_date: Option<String>,
    /// What a student can choose (the ҰБТ profile pairs).
    pub student_choices: Vec<SubjectChoice>,
    /// What a teacher can choose (the ПББ subjects).
    pub teacher_choices: Vec<SubjectChoice>,
}

/// Onboarding: language → policy → profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OnboardingScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// The step on screen.
    pub step: OnboardingStep,
    /// The interface language now.
    pub language: Locale,
    /// The interface languages offered.
    pub languages: Vec<Locale>,
    /// The policy (step `policy`).
    pub policy: Option<PolicyView>,
    /// The form (step `profile`).
    pub form: Option<ProfileFormView>,
}

/// An exam attempt in a list (home, progress).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttemptCard {
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// The exam's name (`ҰБТ 2025`).
    pub name: String,
    /// The chosen subjects, named.
    pub subjects: Vec<Named>,
    /// Started, ms since the epoch.
    pub started_at: i64,
    /// Questions answered.
    pub answered: u32,
    /// Questions in all.
    pub questions: u32,
    /// Seconds left (0 once submitted).
    pub remaining_seconds: i64,
    /// Points, once submitted.
    pub score: Option<u32>,
    /// Maximum points, once submitted.
    pub max_score: Option<u32>,
}

/// How well a subject or topic is known, from the answers given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mastery {
    /// Fewer than 3 answers: too early to say.
    New,
    /// Under half right.
    Weak,
    /// Half to four fifths right.
    Fair,
    /// Four fifths or more right.
    Strong,
}

/// A topic's progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicCard {
    /// Subject code.
    pub subject: String,
    /// Subject name.
    pub subject_name: String,
    /// Topic id.
    pub topic: String,
    /// Topic name.
    pub name: String,
    /// Answers given.
    pub answered: u32,
    /// Fully correct answers.
    pub correct: u32,
    /// `correct / answered` in whole percent (0 when none).
    pub accuracy_percent: u32,
    /// Mastery.
    pub mastery: Mastery,
}

/// An exam a user can start from home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExamEntry {
    /// Blueprint id.
    pub blueprint: String,
    /// The exam's name.
    pub name: String,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// Year of the rules.
    pub year: u32,
    /// Questions.
    pub questions: u32,
    /// Minutes (for the default subjects).
    pub minutes: u32,
    /// Extra minutes available (special educational needs).
    pub extra_minutes: u32,
    /// The subjects it would start with: the profile's, when the blueprint allows them.
    pub subjects: Vec<String>,
    /// Every allowed choice of subjects.
    pub choices: Vec<SubjectChoice>,
    /// ПББ qualification categories.
    pub categories: Vec<Named>,
    /// Languages it is held in.
    pub languages: Vec<Locale>,
    /// Aids it offers.
    pub aids: Vec<String>,
}

/// A subject to practise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeEntry {
    /// Subject code.
    pub subject: String,
    /// Subject name.
    pub name: String,
    /// Questions in the bank (in the exam language).
    pub questions: u32,
}

/// Home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HomeScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// The name to greet, if given.
    pub name: Option<String>,
    /// Student or teacher.
    pub role: Role,
    /// The exam the user prepares for.
    pub exam: Exam,
    /// The exam date, if set.
    pub exam_date: Option<String>,
    /// Days until the exam date (0 on the day; negative after), if set.
    pub days_to_exam: Option<i64>,
    /// Minutes a day the user plans, if set.
    pub daily_minutes: Option<u32>,
    /// The unfinished exam to continue, if any (the newest).
    pub unfinished: Option<AttemptCard>,
    /// The last scores, newest first (at most 5).
    pub recent: Vec<AttemptCard>,
    /// The weakest topics (at most 3, with at least 3 answers each).
    pub weakest_topics: Vec<TopicCard>,
    /// Exams to start.
    pub exams: Vec<ExamEntry>,
    /// Subjects to practise.
    pub practice: Vec<PracticeEntry>,
    /// Questions answered wrongly last time, to review.
    pub mistakes: u32,
}

/// A question's media (a figure, a graph, a map): loaded by the shell by its hash
/// (`media(sha256)`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MediaRef {
    /// SHA-256 of the file (its content address).
    pub sha256: String,
    /// Kind (`image`).
    pub kind: String,
    /// Text alternative for screen readers.
    pub alt: Option<String>,
}

/// A shared context (a text, a table, a figure) shown beside its questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContextCard {
    /// Title, if any.
    pub title: Option<String>,
    /// The text (Markdown tables, `$…$` formulas).
    pub text: String,
    /// Its media.
    pub media: Vec<MediaRef>,
}

/// A question as shown: never its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionCard {
    /// Kind.
    pub kind: QuestionKind,
    /// The question text.
    pub stem: String,
    /// Options, in the order shown (an exam's shuffle).
    pub options: Vec<String>,
    /// Left items of a matching task (empty otherwise).
    pub prompts: Vec<String>,
    /// The shared context, if any.
    pub context: Option<ContextCard>,
    /// The stem's media.
    pub media: Vec<MediaRef>,
}

/// A section of an exam, as tabs and palette groups show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionTab {
    /// Section id.
    pub section: String,
    /// Its name.
    pub name: String,
    /// Its first position.
    pub first: u32,
    /// Its questions.
    pub count: u32,
    /// Of them answered.
    pub answered: u32,
}

/// One cell of the exam's palette.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaletteCell {
    /// Position (1-based).
    pub position: u32,
    /// Section id.
    pub section: String,
    /// A complete response is recorded.
    pub answered: bool,
    /// Flagged for later.
    pub flagged: bool,
    /// A matching task answered in part (stored; not yet `answered`).
    pub partial: bool,
}

/// An element of the periodic table aid, named in the interface language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ElementCard {
    /// Atomic number.
    pub number: u32,
    /// Symbol.
    pub symbol: String,
    /// Name.
    pub name: String,
    /// Relative atomic mass as the school table prints it.
    pub mass: String,
    /// Period (1–7).
    pub period: u32,
    /// Group (1–18; 3 for the lanthanides and actinides).
    pub group: u32,
    /// `main`, `lanthanide` or `actinide`.
    pub series: String,
}

/// An aid opened over the exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "aid", rename_all = "snake_case")]
pub enum AidView {
    /// The calculator: the expression typed and its value.
    Calculator {
        /// The expression as typed.
        expression: String,
        /// Its value, when it has one.
        result: Option<String>,
    },
    /// The periodic table.
    PeriodicTable {
        /// Every element.
        elements: Vec<ElementCard>,
    },
    /// The solubility table.
    SolubilityTable {
        /// Cations (columns).
        cations: Vec<String>,
        /// Anions (rows).
        anions: Vec<String>,
        /// `cells[anion][cation]`: `soluble`, `slightly_soluble`, `insoluble`, `decomposes`.
        cells: Vec<Vec<String>>,
    },
}

/// A question of an open exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExamScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// The exam's name.
    pub name: String,
    /// Language of the questions.
    pub language: Locale,
    /// Sections in order.
    pub sections: Vec<SectionTab>,
    /// The section on screen.
    pub section: String,
    /// The position on screen (1-based).
    pub position: u32,
    /// Questions in all.
    pub total: u32,
    /// The question.
    pub question: QuestionCard,
    /// The recorded response (shown option indexes), if any.
    pub response: Option<Response>,
    /// Flagged for later.
    pub flagged: bool,
    /// Every position's state, in order, grouped by section.
    pub palette: Vec<PaletteCell>,
    /// Positions answered.
    pub answered_count: u32,
    /// Positions flagged.
    pub flagged_count: u32,
    /// When time runs out, UTC ms.
    pub deadline: i64,
    /// Seconds left.
    pub remaining_seconds: i64,
    /// Aids the exam offers (codes).
    pub aids: Vec<String>,
    /// The aid open over the question, if any.
    pub aid: Option<AidView>,
}

/// The question before submitting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubmitConfirmationScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// Questions in all.
    pub total: u32,
    /// Answered.
    pub answered: u32,
    /// Not answered (matching answered in part included).
    pub unanswered: u32,
    /// Matching tasks answered in part.
    pub partial: u32,
    /// Flagged.
    pub flagged_count: u32,
    /// When time runs out, UTC ms.
    pub deadline: i64,
    /// Seconds left.
    pub remaining_seconds: i64,
}

/// A section's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionResult {
    /// Section id.
    pub section: String,
    /// Its name.
    pub name: String,
    /// Points.
    pub score: u32,
    /// Maximum.
    pub max: u32,
    /// Its minimum, if any.
    pub min_required: Option<u32>,
    /// Minimum reached.
    pub passed: bool,
}

/// A threshold's (or ПББ category's) result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThresholdView {
    /// Threshold id (`national_universities`, `expert`).
    pub id: String,
    /// Its name.
    pub name: String,
    /// The minimum total, in points.
    pub min_total: u32,
    /// Met.
    pub met: bool,
}

/// The score report's numbers (spec/cli.md keys, with names added).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportView {
    /// Points.
    pub total: u32,
    /// Maximum.
    pub max_total: u32,
    /// Every section with its minimum met or not.
    pub sections: Vec<SectionResult>,
    /// Every threshold met or not (ПББ: the categories).
    pub thresholds: Vec<ThresholdView>,
}

/// The score report of a submitted attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// The exam's name.
    pub name: String,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// The chosen subjects, named.
    pub subjects: Vec<Named>,
    /// Submitted by the clock, not by the student.
    pub auto_submitted: bool,
    /// The numbers.
    pub report: ReportView,
    /// ПББ: the highest category reached, if any.
    pub category_reached: Option<Named>,
    /// ПББ: the category aimed at, if one was chosen.
    pub category_target: Option<Named>,
}

/// One position in the review's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewCell {
    /// Position.
    pub position: u32,
    /// Section id.
    pub section: String,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max_points: u32,
    /// A response was given.
    pub answered: bool,
    /// It was flagged.
    pub flagged: bool,
}

/// A question after submission, with everything that teaches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewItemCard {
    /// Position.
    pub position: u32,
    /// Section id.
    pub section: String,
    /// Section name.
    pub section_name: String,
    /// Topic id.
    pub topic: String,
    /// Topic name.
    pub topic_name: String,
    /// The question, as it was shown.
    pub question: QuestionCard,
    /// The response given (shown indexes), if any.
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
    /// It was flagged.
    pub flagged: bool,
}

/// The review of a submitted attempt, one question at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// The exam's name.
    pub name: String,
    /// `all`, `wrong` or `flagged`.
    pub filter: super::place::ReviewFilter,
    /// Only this section, if set.
    pub section: Option<String>,
    /// The sections, named (for the filter).
    pub sections: Vec<Named>,
    /// The positions the filter lists.
    pub items: Vec<ReviewCell>,
    /// The position on screen.
    pub position: u32,
    /// Its place in `items` (1-based).
    pub index: u32,
    /// The item on screen.
    pub item: ReviewItemCard,
}

/// Immediate feedback on a practice answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedbackCard {
    /// Fully correct.
    pub correct: bool,
    /// Points by the exam's rules.
    pub points: u32,
    /// Points possible.
    pub max_points: u32,
    /// The key (option indexes as shown).
    pub key: Response,
    /// Why.
    pub explanation: Option<String>,
    /// Where the fact comes from.
    pub source: Option<String>,
}

/// A practice question, then its feedback; at the end, the session's tally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// Session id.
    pub session: String,
    /// The subject practised (none for mistakes across subjects).
    pub subject: Option<Named>,
    /// The topic practised, if one.
    pub topic: Option<Named>,
    /// A review of earlier mistakes.
    pub mistakes: bool,
    /// The question's place in the session (1-based).
    pub position: u32,
    /// Questions in the session.
    pub total: u32,
    /// The question (none once the session is done).
    pub question: Option<QuestionCard>,
    /// The answer given, once answered (option indexes as shown).
    pub response: Option<Response>,
    /// The feedback, once answered.
    pub feedback: Option<FeedbackCard>,
    /// Questions answered in the session.
    pub answered_count: u32,
    /// Of them fully correct.
    pub correct_count: u32,
    /// Every question was shown and `next` went past the last.
    pub finished: bool,
}

/// A subject's progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectCard {
    /// Subject code.
    pub subject: String,
    /// Its name.
    pub name: String,
    /// Answers given.
    pub answered: u32,
    /// Fully correct.
    pub correct: u32,
    /// In whole percent.
    pub accuracy_percent: u32,
    /// Mastery.
    pub mastery: Mastery,
    /// Per topic.
    pub topics: Vec<TopicCard>,
}

/// Progress per subject and topic, and the scores of past mocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgressScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// Answers given in all.
    pub answered: u32,
    /// Fully correct in all.
    pub correct: u32,
    /// In whole percent.
    pub accuracy_percent: u32,
    /// Per subject.
    pub subjects: Vec<SubjectCard>,
    /// Submitted mocks, oldest first (the trend).
    pub trend: Vec<AttemptCard>,
}

/// How much is stored (the privacy screen's "what we keep").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredCounts {
    /// Exam attempts.
    pub attempts: u32,
    /// Practice sessions.
    pub practice_sessions: u32,
    /// Answers in the history.
    pub answers: u32,
}

/// Consent as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentView {
    /// The policy version accepted.
    pub version: String,
    /// When, ms since the epoch.
    pub accepted_at: i64,
}

/// What is stored and the user's rights: export, correct, erase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrivacyScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// The profile's values (the ИИН masked).
    pub profile: ProfileFormView,
    /// Minutes a day, if set.
    pub daily_minutes: Option<u32>,
    /// Interface language.
    pub interface_language: Locale,
    /// Exam language.
    pub exam_language: Locale,
    /// Consent given.
    pub consent: Option<ConsentView>,
    /// The policy in force.
    pub policy: PolicyView,
    /// How much is stored.
    pub stored: StoredCounts,
    /// The export (JSON document with every personal datum), right after `export_data`.
    pub export: Option<String>,
    /// The screen asks to confirm the erasure (after `erase_data` without `confirm`).
    pub confirm_erase: bool,
}

/// Why the personal data cannot be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryReason {
    /// The keystore cannot give the key now: wait (e.g. unlock the phone), then retry.
    KeyUnavailable,
    /// The key is gone for good: the data cannot be read; erase it and start afresh.
    KeyLost,
    /// `user.db` is damaged: erase it and start afresh (content stays); or, when `records`
    /// are listed, those records do not open: remove them (the rest stays).
    Damaged,
    /// The data was written by a newer version of the app: update the app.
    TooNew,
}

/// The personal data cannot be opened; content still works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecoveryScreen {
    /// The refusal of the last event, if any.
    pub error: Option<Message>,
    /// Why.
    pub reason: RecoveryReason,
    /// The file concerned.
    pub file: String,
    /// `launch` may help (the key may come back).
    pub can_retry: bool,
    /// `erase_data` with `confirm` starts afresh (what cannot be read is lost).
    pub can_erase: bool,
    /// The records that do not open (table, field, record id; never their content), when the
    /// file opens but they do not.
    pub records: Vec<crate::store::user::DamagedRecord>,
    /// `remove_damaged` removes `records` and keeps the rest.
    pub can_remove: bool,
}

/// Every screen. See the module docs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
#[allow(clippy::large_enum_variant)]
pub enum Screen {
    /// Onboarding.
    Onboarding(OnboardingScreen),
    /// Home.
    Home(HomeScreen),
    /// A question of an open exam.
    Exam(ExamScreen),
    /// The confirmation before submitting.
    SubmitConfirmation(SubmitConfirmationScreen),
    /// A score report.
    Report(ReportScreen),
    /// A review.
    Review(ReviewScreen),
    /// Practice.
    Practice(PracticeScreen),
    /// Progress.
    Progress(ProgressScreen),
    /// Privacy.
    Privacy(PrivacyScreen),
    /// Recovery.
    Recovery(RecoveryScreen),
}

impl Screen {
    /// The screen's name as in the contract (`exam`).
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Onboarding(_) => "onboarding",
            Screen::Home(_) => "home",
            Screen::Exam(_) => "exam",
            Screen::SubmitConfirmation(_) => "submit_confirmation",
            Screen::Report(_) => "report",
            Screen::Review(_) => "review",
            Screen::Practice(_) => "practice",
            Screen::Progress(_) => "progress",
            Screen::Privacy(_) => "privacy",
            Screen::Recovery(_) => "recovery",
        }
    }

    fn error_slot(&mut self) -> &mut Option<Message> {
        match self {
            Screen::Onboarding(s) => &mut s.error,
            Screen::Home(s) => &mut s.error,
            Screen::Exam(s) => &mut s.error,
            Screen::SubmitConfirmation(s) => &mut s.error,
            Screen::Report(s) => &mut s.error,
            Screen::Review(s) => &mut s.error,
            Screen::Practice(s) => &mut s.error,
            Screen::Progress(s) => &mut s.error,
            Screen::Privacy(s) => &mut s.error,
            Screen::Recovery(s) => &mut s.error,
        }
    }

    /// The refusal shown with the screen, if any.
    pub fn error(&self) -> Option<&Message> {
        match self {
            Screen::Onboarding(s) => s.error.as_ref(),
            Screen::Home(s) => s.error.as_ref(),
            Screen::Exam(s) => s.error.as_ref(),
            Screen::SubmitConfirmation(s) => s.error.as_ref(),
            Screen::Report(s) => s.error.as_ref(),
            Screen::Review(s) => s.error.as_ref(),
            Screen::Practice(s) => s.error.as_ref(),
            Screen::Progress(s) => s.error.as_ref(),
            Screen::Privacy(s) => s.error.as_ref(),
            Screen::Recovery(s) => s.error.as_ref(),
        }
    }

    /// The same screen showing `error`.
    pub fn with_error(mut self, error: Message) -> Screen {
        *self.error_slot() = Some(error);
        self
    }

    /// The screen as one line of JSON (the driver's output).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| {
            r#"{"screen":"recovery","error":{"id":"internal_error","args":{}}}"#.to_string()
        })
    }
}
