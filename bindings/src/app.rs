//! The app model over the FFI: [`Event`] in, [`Screen`] out (spec/app.md). Every record here
//! mirrors the core's `qazstep_core::app` one field for field, with counts and positions as
//! signed 32-bit integers (Kotlin's `Int`, Swift's `Int32`), so a shell draws a screen without
//! conversions; the JSON form of the same screen (`qazstep app`) has the same field names.
//!
//! Invariants: only conversions live here (no rule, no navigation); a number the core holds as
//! unsigned and that does not fit an `i32` saturates (no screen holds one); an event's numbers
//! go to the core as they came, and the core refuses what is out of range with a message.

use std::collections::HashMap;

use qazstep_core::app as core;

use crate::content::{Exam, Language, QuestionKind};
use crate::exam::Response;
use crate::profile::Role;

use crate::int;

macro_rules! ffi_message_ids {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// Every message the core can show (errors, the policy's points, notices): the key of
        /// the string catalog, whose generated accessors give the text in the user's language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum MessageId {
            $($(#[$doc])* $variant,)*
        }

        impl From<qazstep_core::MessageId> for MessageId {
            fn from(id: qazstep_core::MessageId) -> Self {
                match id {
                    $(qazstep_core::MessageId::$variant => MessageId::$variant,)*
                }
            }
        }

        impl MessageId {
            /// The catalog key of the id (`iin_check_digit`).
            pub fn code(self) -> &'static str {
                match self {
                    $(MessageId::$variant => $code,)*
                }
            }
        }
    };
}

qazstep_core::qazstep_message_ids!(ffi_message_ids);

/// The catalog key of a message id (`iin_check_digit`): what the generated string accessors
/// and the JSON form use.
#[uniffi::export]
pub fn message_code(id: MessageId) -> String {
    id.code().to_string()
}

/// A message for the user: an id and its named arguments (numbers as decimal digits).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Message {
    /// Which message.
    pub id: MessageId,
    /// Its arguments by name.
    pub args: HashMap<String, String>,
}

impl From<qazstep_core::Message> for Message {
    fn from(m: qazstep_core::Message) -> Self {
        Self {
            id: m.id.into(),
            args: m.args.into_iter().collect(),
        }
    }
}

fn message(m: Option<qazstep_core::Message>) -> Option<Message> {
    m.map(Into::into)
}

fn messages(v: Vec<qazstep_core::MessageId>) -> Vec<MessageId> {
    v.into_iter().map(Into::into).collect()
}

fn languages(v: Vec<qazstep_core::content::Locale>) -> Vec<Language> {
    v.into_iter().map(Into::into).collect()
}

fn list<T, U: From<T>>(v: Vec<T>) -> Vec<U> {
    v.into_iter().map(U::from).collect()
}

// ---- events -----------------------------------------------------------------------------

/// The onboarding profile form (and its corrections): fields as typed; `null` keeps a value,
/// an empty text removes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct ProfileForm {
    /// `student` or `teacher`.
    #[uniffi(default)]
    pub role: Option<String>,
    /// The name.
    #[uniffi(default)]
    pub name: Option<String>,
    /// The ИИН as typed (optional).
    #[uniffi(default)]
    pub iin: Option<String>,
    /// Subject codes.
    #[uniffi(default)]
    pub subjects: Option<Vec<String>>,
    /// The exam date `YYYY-MM-DD`.
    #[uniffi(default)]
    pub exam_date: Option<String>,
}

impl From<ProfileForm> for core::ProfileForm {
    fn from(f: ProfileForm) -> Self {
        Self {
            role: f.role,
            name: f.name,
            iin: f.iin,
            subjects: f.subjects,
            exam_date: f.exam_date,
        }
    }
}

fn response_input(r: Response) -> core::ResponseInput {
    match r {
        Response::Choice { options } => {
            core::ResponseInput::Choice(options.into_iter().map(i64::from).collect())
        }
        Response::Matching { pairs } => core::ResponseInput::Matching(
            pairs
                .into_iter()
                .map(|p| (i64::from(p.prompt), i64::from(p.option)))
                .collect(),
        ),
    }
}

/// Everything a shell sends (spec/app.md lists which screen takes which).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Event {
    /// The app starts (or comes back after being killed).
    Launch,
    /// The interface language (`kk`, `ru`, `en`).
    SetLanguage {
        /// Language code.
        language: String,
    },
    /// The policy shown is accepted.
    AcceptPolicy,
    /// The policy is declined: everything stored is erased.
    DeclinePolicy,
    /// The onboarding profile form is sent.
    SubmitProfile {
        /// The form.
        form: ProfileForm,
    },
    /// Profile fields corrected from the privacy screen.
    EditProfile {
        /// The form.
        form: ProfileForm,
    },
    /// Minutes a day to study.
    SetDailyMinutes {
        /// Minutes.
        minutes: i32,
    },
    /// Start a mock exam.
    StartExam {
        /// Blueprint id.
        blueprint: String,
        /// Subject codes (`null`: the profile's).
        #[uniffi(default)]
        subjects: Option<Vec<String>>,
        /// ПББ category.
        #[uniffi(default)]
        category: Option<String>,
        /// Seed of the assembly (tests, demos).
        #[uniffi(default)]
        seed: Option<i64>,
        /// The blueprint's extra time.
        #[uniffi(default)]
        extra_time: bool,
        /// Language code of the questions (`null`: the profile's exam language).
        #[uniffi(default)]
        language: Option<String>,
    },
    /// Back into the unfinished exam.
    ContinueExam {
        /// Which one (`null`: the newest).
        #[uniffi(default)]
        attempt: Option<String>,
    },
    /// Record a response at a position (1-based), option indexes as shown.
    Answer {
        /// Position.
        position: i32,
        /// Response.
        response: Response,
    },
    /// Clear the response at a position.
    ClearAnswer {
        /// Position.
        position: i32,
    },
    /// Flag or unflag a position.
    Flag {
        /// Position.
        position: i32,
        /// Flagged.
        flagged: bool,
    },
    /// Show a position (exam) or an item (review).
    GoTo {
        /// Position.
        position: i32,
    },
    /// The next position or item.
    Next,
    /// The previous one.
    Previous,
    /// The shell's countdown (at least at zero); `elapsed_ms` moves a fixed test clock only.
    Tick {
        /// Milliseconds (test clocks).
        #[uniffi(default)]
        elapsed_ms: i64,
    },
    /// The app goes to the background.
    Pause,
    /// The app comes back.
    Resume,
    /// Asks to submit (→ the confirmation).
    SubmitExam,
    /// Confirms the submission.
    ConfirmSubmit,
    /// Back to the exam.
    CancelSubmit,
    /// Leaves the exam for home (its clock keeps running).
    Leave,
    /// Opens an aid (`calculator`, `periodic_table`, `solubility_table`).
    OpenAid {
        /// Aid code.
        aid: String,
    },
    /// Closes the aid.
    CloseAid,
    /// The calculator evaluates an expression.
    Calculate {
        /// The expression as typed.
        expression: String,
    },
    /// A submitted attempt's report.
    OpenReport {
        /// Attempt id (`null`: the one on screen).
        #[uniffi(default)]
        attempt: Option<String>,
    },
    /// A submitted attempt's review.
    OpenReview {
        /// Attempt id (`null`: the one on screen).
        #[uniffi(default)]
        attempt: Option<String>,
        /// `all`, `wrong` or `flagged`.
        #[uniffi(default)]
        filter: Option<String>,
        /// One section only.
        #[uniffi(default)]
        section: Option<String>,
    },
    /// Home.
    Home,
    /// Starts practice on a subject (or topic), or on earlier mistakes.
    StartPractice {
        /// Subject code.
        #[uniffi(default)]
        subject: Option<String>,
        /// Topic id.
        #[uniffi(default)]
        topic: Option<String>,
        /// Earlier mistakes instead.
        #[uniffi(default)]
        mistakes: bool,
        /// How many (`null`: 10).
        #[uniffi(default)]
        count: Option<i32>,
        /// Seed (tests, demos).
        #[uniffi(default)]
        seed: Option<i64>,
    },
    /// Answers the practice question on screen.
    PracticeAnswer {
        /// Response.
        response: Response,
    },
    /// Progress.
    OpenProgress,
    /// Privacy.
    OpenPrivacy,
    /// Export every personal datum (returned in the privacy screen).
    ExportData,
    /// Erase everything (needs `confirm`).
    EraseData {
        /// Confirmed.
        #[uniffi(default)]
        confirm: bool,
    },
    /// Remove the records that do not open (the recovery screen lists them).
    RemoveDamaged,
}

impl From<Event> for core::Event {
    fn from(e: Event) -> Self {
        use core::Event as C;
        match e {
            Event::Launch => C::Launch {},
            Event::SetLanguage { language } => C::SetLanguage { language },
            Event::AcceptPolicy => C::AcceptPolicy {},
            Event::DeclinePolicy => C::DeclinePolicy {},
            Event::SubmitProfile { form } => C::SubmitProfile(form.into()),
            Event::EditProfile { form } => C::EditProfile(form.into()),
            Event::SetDailyMinutes { minutes } => C::SetDailyMinutes {
                minutes: i64::from(minutes),
            },
            Event::StartExam {
                blueprint,
                subjects,
                category,
                seed,
                extra_time,
                language,
            } => C::StartExam {
                blueprint,
                subjects,
                category,
                seed: seed.map(|s| s as u64),
                extra_time,
                language,
            },
            Event::ContinueExam { attempt } => C::ContinueExam { attempt },
            Event::Answer { position, response } => C::Answer {
                position: i64::from(position),
                response: response_input(response),
            },
            Event::ClearAnswer { position } => C::ClearAnswer {
                position: i64::from(position),
            },
            Event::Flag { position, flagged } => C::Flag {
                position: i64::from(position),
                flagged,
            },
            Event::GoTo { position } => C::GoTo {
                position: i64::from(position),
            },
            Event::Next => C::Next {},
            Event::Previous => C::Previous {},
            Event::Tick { elapsed_ms } => C::Tick { elapsed_ms },
            Event::Pause => C::Pause {},
            Event::Resume => C::Resume {},
            Event::SubmitExam => C::SubmitExam {},
            Event::ConfirmSubmit => C::ConfirmSubmit {},
            Event::CancelSubmit => C::CancelSubmit {},
            Event::Leave => C::Leave {},
            Event::OpenAid { aid } => C::OpenAid { aid },
            Event::CloseAid => C::CloseAid {},
            Event::Calculate { expression } => C::Calculate { expression },
            Event::OpenReport { attempt } => C::OpenReport { attempt },
            Event::OpenReview {
                attempt,
                filter,
                section,
            } => C::OpenReview {
                attempt,
                filter,
                section,
            },
            Event::Home => C::Home {},
            Event::StartPractice {
                subject,
                topic,
                mistakes,
                count,
                seed,
            } => C::StartPractice {
                subject,
                topic,
                mistakes,
                count: count.map(i64::from),
                seed: seed.map(|s| s as u64),
            },
            Event::PracticeAnswer { response } => C::PracticeAnswer {
                response: response_input(response),
            },
            Event::OpenProgress => C::OpenProgress {},
            Event::OpenPrivacy => C::OpenPrivacy {},
            Event::ExportData => C::ExportData {},
            Event::EraseData { confirm } => C::EraseData { confirm },
            Event::RemoveDamaged => C::RemoveDamaged {},
        }
    }
}

// ---- screens ----------------------------------------------------------------------------

/// A code with its display name in the interface language.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Named {
    /// The code.
    pub code: String,
    /// Its name.
    pub name: String,
}

impl From<core::Named> for Named {
    fn from(n: core::Named) -> Self {
        Self {
            code: n.code,
            name: n.name,
        }
    }
}

/// A choice of subjects with their joined name.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SubjectChoice {
    /// Subject codes.
    pub subjects: Vec<String>,
    /// `Математика – Физика`.
    pub name: String,
}

impl From<core::SubjectChoice> for SubjectChoice {
    fn from(c: core::SubjectChoice) -> Self {
        Self {
            subjects: c.subjects,
            name: c.name,
        }
    }
}

/// The steps of onboarding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum OnboardingStep {
    /// The interface language.
    Language,
    /// The privacy policy.
    Policy,
    /// The profile form.
    Profile,
}

/// The privacy policy as shown.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PolicyView {
    /// Version in force.
    pub version: String,
    /// The version accepted earlier, when a newer one is shown.
    pub accepted_version: Option<String>,
    /// Its points (catalog ids).
    pub points: Vec<MessageId>,
    /// The operator's e-mail.
    pub operator_email: String,
    /// The operator's address.
    pub operator_address: String,
    /// The notices (catalog ids).
    pub notices: Vec<MessageId>,
}

impl From<core::PolicyView> for PolicyView {
    fn from(p: core::PolicyView) -> Self {
        Self {
            version: p.version,
            accepted_version: p.accepted_version,
            points: messages(p.points),
            operator_email: p.operator_email,
            operator_address: p.operator_address,
            notices: messages(p.notices),
        }
    }
}

/// The profile form's values and choices.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProfileFormView {
    /// Role.
    pub role: Role,
    /// Name.
    pub name: Option<String>,
    /// ИИН masked.
    pub iin_masked: Option<String>,
    /// Chosen subject codes.
    pub subjects: Vec<String>,
    /// Exam date.
    pub exam_date: Option<String>,
    /// The ҰБТ pairs.
    pub student_choices: Vec<SubjectChoice>,
    /// The ПББ subjects.
    pub teacher_choices: Vec<SubjectChoice>,
}

impl From<core::ProfileFormView> for ProfileFormView {
    fn from(f: core::ProfileFormView) -> Self {
        Self {
            role: f.role.into(),
            name: f.name,
            iin_masked: f.iin_masked,
            subjects: f.subjects,
            exam_date: f.exam_date,
            student_choices: list(f.student_choices),
            teacher_choices: list(f.teacher_choices),
        }
    }
}

/// Onboarding.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OnboardingScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// The step.
    pub step: OnboardingStep,
    /// The interface language now.
    pub language: Language,
    /// The languages offered.
    pub languages: Vec<Language>,
    /// The policy (step `Policy`).
    pub policy: Option<PolicyView>,
    /// The form (step `Profile`).
    pub form: Option<ProfileFormView>,
}

impl From<core::OnboardingScreen> for OnboardingScreen {
    fn from(s: core::OnboardingScreen) -> Self {
        Self {
            error: message(s.error),
            step: match s.step {
                core::OnboardingStep::Language => OnboardingStep::Language,
                core::OnboardingStep::Policy => OnboardingStep::Policy,
                core::OnboardingStep::Profile => OnboardingStep::Profile,
            },
            language: s.language.into(),
            languages: languages(s.languages),
            policy: s.policy.map(Into::into),
            form: s.form.map(Into::into),
        }
    }
}

/// An exam attempt in a list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AttemptCard {
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// The exam's name.
    pub name: String,
    /// The chosen subjects.
    pub subjects: Vec<Named>,
    /// Started, ms.
    pub started_at: i64,
    /// Answered.
    pub answered: i32,
    /// Questions.
    pub questions: i32,
    /// Seconds left.
    pub remaining_seconds: i64,
    /// Points, once submitted.
    pub score: Option<i32>,
    /// Maximum, once submitted.
    pub max_score: Option<i32>,
}

impl From<core::AttemptCard> for AttemptCard {
    fn from(a: core::AttemptCard) -> Self {
        Self {
            attempt: a.attempt,
            blueprint: a.blueprint,
            name: a.name,
            subjects: list(a.subjects),
            started_at: a.started_at,
            answered: int(a.answered),
            questions: int(a.questions),
            remaining_seconds: a.remaining_seconds,
            score: a.score.map(int),
            max_score: a.max_score.map(int),
        }
    }
}

/// How well something is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Mastery {
    /// Too few answers to say.
    New,
    /// Under half right.
    Weak,
    /// Half to four fifths right.
    Fair,
    /// Four fifths or more right.
    Strong,
}

impl From<core::Mastery> for Mastery {
    fn from(m: core::Mastery) -> Self {
        match m {
            core::Mastery::New => Mastery::New,
            core::Mastery::Weak => Mastery::Weak,
            core::Mastery::Fair => Mastery::Fair,
            core::Mastery::Strong => Mastery::Strong,
        }
    }
}

/// A topic's progress.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TopicCard {
    /// Subject code.
    pub subject: String,
    /// Subject name.
    pub subject_name: String,
    /// Topic id.
    pub topic: String,
    /// Topic name.
    pub name: String,
    /// Answers.
    pub answered: i32,
    /// Fully correct.
    pub correct: i32,
    /// Whole percent.
    pub accuracy_percent: i32,
    /// Mastery.
    pub mastery: Mastery,
}

impl From<core::TopicCard> for TopicCard {
    fn from(t: core::TopicCard) -> Self {
        Self {
            subject: t.subject,
            subject_name: t.subject_name,
            topic: t.topic,
            name: t.name,
            answered: int(t.answered),
            correct: int(t.correct),
            accuracy_percent: int(t.accuracy_percent),
            mastery: t.mastery.into(),
        }
    }
}

/// An exam to start.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExamEntry {
    /// Blueprint id.
    pub blueprint: String,
    /// Name.
    pub name: String,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// Year.
    pub year: i32,
    /// Questions.
    pub questions: i32,
    /// Minutes.
    pub minutes: i32,
    /// Extra minutes available.
    pub extra_minutes: i32,
    /// The subjects it would start with.
    pub subjects: Vec<String>,
    /// Allowed choices.
    pub choices: Vec<SubjectChoice>,
    /// ПББ categories.
    pub categories: Vec<Named>,
    /// Languages.
    pub languages: Vec<Language>,
    /// Aids.
    pub aids: Vec<String>,
}

impl From<core::ExamEntry> for ExamEntry {
    fn from(e: core::ExamEntry) -> Self {
        Self {
            blueprint: e.blueprint,
            name: e.name,
            exam: e.exam.into(),
            year: int(e.year),
            questions: int(e.questions),
            minutes: int(e.minutes),
            extra_minutes: int(e.extra_minutes),
            subjects: e.subjects,
            choices: list(e.choices),
            categories: list(e.categories),
            languages: languages(e.languages),
            aids: e.aids,
        }
    }
}

/// A subject to practise.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PracticeEntry {
    /// Subject code.
    pub subject: String,
    /// Name.
    pub name: String,
    /// Questions in the bank.
    pub questions: i32,
}

impl From<core::PracticeEntry> for PracticeEntry {
    fn from(p: core::PracticeEntry) -> Self {
        Self {
            subject: p.subject,
            name: p.name,
            questions: int(p.questions),
        }
    }
}

/// Home.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HomeScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// The name to greet.
    pub name: Option<String>,
    /// Role.
    pub role: Role,
    /// The exam prepared for.
    pub exam: Exam,
    /// Exam date.
    pub exam_date: Option<String>,
    /// Days to it.
    pub days_to_exam: Option<i64>,
    /// Minutes a day.
    pub daily_minutes: Option<i32>,
    /// The unfinished exam.
    pub unfinished: Option<AttemptCard>,
    /// Last scores.
    pub recent: Vec<AttemptCard>,
    /// Weakest topics.
    pub weakest_topics: Vec<TopicCard>,
    /// Exams to start.
    pub exams: Vec<ExamEntry>,
    /// Subjects to practise.
    pub practice: Vec<PracticeEntry>,
    /// Mistakes to review.
    pub mistakes: i32,
}

impl From<core::HomeScreen> for HomeScreen {
    fn from(h: core::HomeScreen) -> Self {
        Self {
            error: message(h.error),
            name: h.name,
            role: h.role.into(),
            exam: h.exam.into(),
            exam_date: h.exam_date,
            days_to_exam: h.days_to_exam,
            daily_minutes: h.daily_minutes.map(int),
            unfinished: h.unfinished.map(Into::into),
            recent: list(h.recent),
            weakest_topics: list(h.weakest_topics),
            exams: list(h.exams),
            practice: list(h.practice),
            mistakes: int(h.mistakes),
        }
    }
}

/// A figure, graph or map: load its bytes with `media(sha256)`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MediaRef {
    /// SHA-256 of the file.
    pub sha256: String,
    /// Kind (`image`).
    pub kind: String,
    /// Text alternative for screen readers.
    pub alt: Option<String>,
}

impl From<core::MediaRef> for MediaRef {
    fn from(m: core::MediaRef) -> Self {
        Self {
            sha256: m.sha256,
            kind: m.kind,
            alt: m.alt,
        }
    }
}

/// A shared context shown beside its questions.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContextCard {
    /// Title.
    pub title: Option<String>,
    /// Text (Markdown tables, `$…$` formulas).
    pub text: String,
    /// Media.
    pub media: Vec<MediaRef>,
}

impl From<core::ContextCard> for ContextCard {
    fn from(c: core::ContextCard) -> Self {
        Self {
            title: c.title,
            text: c.text,
            media: list(c.media),
        }
    }
}

/// A question as shown (never its key).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuestionCard {
    /// Kind.
    pub kind: QuestionKind,
    /// Text.
    pub stem: String,
    /// Options in the order shown.
    pub options: Vec<String>,
    /// Matching prompts.
    pub prompts: Vec<String>,
    /// Context.
    pub context: Option<ContextCard>,
    /// Media.
    pub media: Vec<MediaRef>,
}

impl From<core::QuestionCard> for QuestionCard {
    fn from(q: core::QuestionCard) -> Self {
        Self {
            kind: q.kind.into(),
            stem: q.stem,
            options: q.options,
            prompts: q.prompts,
            context: q.context.map(Into::into),
            media: list(q.media),
        }
    }
}

/// A section tab.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SectionTab {
    /// Section id.
    pub section: String,
    /// Name.
    pub name: String,
    /// First position.
    pub first: i32,
    /// Questions.
    pub count: i32,
    /// Answered.
    pub answered: i32,
}

impl From<core::SectionTab> for SectionTab {
    fn from(s: core::SectionTab) -> Self {
        Self {
            section: s.section,
            name: s.name,
            first: int(s.first),
            count: int(s.count),
            answered: int(s.answered),
        }
    }
}

/// A palette cell.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PaletteCell {
    /// Position.
    pub position: i32,
    /// Section id.
    pub section: String,
    /// A complete response is recorded.
    pub answered: bool,
    /// Flagged.
    pub flagged: bool,
    /// Matching answered in part.
    pub partial: bool,
}

impl From<core::PaletteCell> for PaletteCell {
    fn from(c: core::PaletteCell) -> Self {
        Self {
            position: int(c.position),
            section: c.section,
            answered: c.answered,
            flagged: c.flagged,
            partial: c.partial,
        }
    }
}

/// An element of the periodic table.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ElementCard {
    /// Atomic number.
    pub number: i32,
    /// Symbol.
    pub symbol: String,
    /// Name.
    pub name: String,
    /// Mass as printed.
    pub mass: String,
    /// Period.
    pub period: i32,
    /// Group.
    pub group: i32,
    /// `main`, `lanthanide`, `actinide`.
    pub series: String,
}

impl From<core::ElementCard> for ElementCard {
    fn from(e: core::ElementCard) -> Self {
        Self {
            number: int(e.number),
            symbol: e.symbol,
            name: e.name,
            mass: e.mass,
            period: int(e.period),
            group: int(e.group),
            series: e.series,
        }
    }
}

/// An aid open over the exam.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum AidView {
    /// The calculator.
    Calculator {
        /// The expression.
        expression: String,
        /// Its value.
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
        /// `cells[anion][cation]`.
        cells: Vec<Vec<String>>,
    },
}

impl From<core::AidView> for AidView {
    fn from(a: core::AidView) -> Self {
        match a {
            core::AidView::Calculator { expression, result } => {
                AidView::Calculator { expression, result }
            }
            core::AidView::PeriodicTable { elements } => AidView::PeriodicTable {
                elements: list(elements),
            },
            core::AidView::SolubilityTable {
                cations,
                anions,
                cells,
            } => AidView::SolubilityTable {
                cations,
                anions,
                cells,
            },
        }
    }
}

/// A question of an open exam.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExamScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// The exam's name.
    pub name: String,
    /// Language of the questions.
    pub language: Language,
    /// Sections.
    pub sections: Vec<SectionTab>,
    /// The section on screen.
    pub section: String,
    /// The position (1-based).
    pub position: i32,
    /// Questions.
    pub total: i32,
    /// The question.
    pub question: QuestionCard,
    /// The recorded response.
    pub response: Option<Response>,
    /// Flagged.
    pub flagged: bool,
    /// The palette.
    pub palette: Vec<PaletteCell>,
    /// Answered.
    pub answered_count: i32,
    /// Flagged.
    pub flagged_count: i32,
    /// Deadline, UTC ms.
    pub deadline: i64,
    /// Seconds left.
    pub remaining_seconds: i64,
    /// Aids offered.
    pub aids: Vec<String>,
    /// The aid open.
    pub aid: Option<AidView>,
}

impl From<core::ExamScreen> for ExamScreen {
    fn from(e: core::ExamScreen) -> Self {
        Self {
            error: message(e.error),
            attempt: e.attempt,
            blueprint: e.blueprint,
            name: e.name,
            language: e.language.into(),
            sections: list(e.sections),
            section: e.section,
            position: int(e.position),
            total: int(e.total),
            question: e.question.into(),
            response: e.response.map(Into::into),
            flagged: e.flagged,
            palette: list(e.palette),
            answered_count: int(e.answered_count),
            flagged_count: int(e.flagged_count),
            deadline: e.deadline,
            remaining_seconds: e.remaining_seconds,
            aids: e.aids,
            aid: e.aid.map(Into::into),
        }
    }
}

/// The confirmation before submitting.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SubmitConfirmationScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// Questions.
    pub total: i32,
    /// Answered.
    pub answered: i32,
    /// Not answered.
    pub unanswered: i32,
    /// Matching answered in part.
    pub partial: i32,
    /// Flagged.
    pub flagged_count: i32,
    /// Deadline.
    pub deadline: i64,
    /// Seconds left.
    pub remaining_seconds: i64,
}

impl From<core::SubmitConfirmationScreen> for SubmitConfirmationScreen {
    fn from(s: core::SubmitConfirmationScreen) -> Self {
        Self {
            error: message(s.error),
            attempt: s.attempt,
            total: int(s.total),
            answered: int(s.answered),
            unanswered: int(s.unanswered),
            partial: int(s.partial),
            flagged_count: int(s.flagged_count),
            deadline: s.deadline,
            remaining_seconds: s.remaining_seconds,
        }
    }
}

/// A section's result.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SectionResult {
    /// Section id.
    pub section: String,
    /// Name.
    pub name: String,
    /// Points.
    pub score: i32,
    /// Maximum.
    pub max: i32,
    /// Minimum.
    pub min_required: Option<i32>,
    /// Minimum reached.
    pub passed: bool,
}

impl From<core::SectionResult> for SectionResult {
    fn from(s: core::SectionResult) -> Self {
        Self {
            section: s.section,
            name: s.name,
            score: int(s.score),
            max: int(s.max),
            min_required: s.min_required.map(int),
            passed: s.passed,
        }
    }
}

/// A threshold's result.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ThresholdView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Minimum total.
    pub min_total: i32,
    /// Met.
    pub met: bool,
}

impl From<core::ThresholdView> for ThresholdView {
    fn from(t: core::ThresholdView) -> Self {
        Self {
            id: t.id,
            name: t.name,
            min_total: int(t.min_total),
            met: t.met,
        }
    }
}

/// The report's numbers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportView {
    /// Points.
    pub total: i32,
    /// Maximum.
    pub max_total: i32,
    /// Sections.
    pub sections: Vec<SectionResult>,
    /// Thresholds (ПББ: categories).
    pub thresholds: Vec<ThresholdView>,
}

impl From<core::ReportView> for ReportView {
    fn from(r: core::ReportView) -> Self {
        Self {
            total: int(r.total),
            max_total: int(r.max_total),
            sections: list(r.sections),
            thresholds: list(r.thresholds),
        }
    }
}

/// A score report.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// Blueprint id.
    pub blueprint: String,
    /// The exam's name.
    pub name: String,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// Subjects.
    pub subjects: Vec<Named>,
    /// Submitted by the clock.
    pub auto_submitted: bool,
    /// The numbers.
    pub report: ReportView,
    /// ПББ: the highest category reached.
    pub category_reached: Option<Named>,
    /// ПББ: the category aimed at.
    pub category_target: Option<Named>,
}

impl From<core::ReportScreen> for ReportScreen {
    fn from(r: core::ReportScreen) -> Self {
        Self {
            error: message(r.error),
            attempt: r.attempt,
            blueprint: r.blueprint,
            name: r.name,
            exam: r.exam.into(),
            subjects: list(r.subjects),
            auto_submitted: r.auto_submitted,
            report: r.report.into(),
            category_reached: r.category_reached.map(Into::into),
            category_target: r.category_target.map(Into::into),
        }
    }
}

/// Which questions a review lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReviewFilter {
    /// All.
    All,
    /// Not full points.
    Wrong,
    /// Flagged.
    Flagged,
}

/// A position in the review's list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReviewCell {
    /// Position.
    pub position: i32,
    /// Section id.
    pub section: String,
    /// Points.
    pub points: i32,
    /// Maximum.
    pub max_points: i32,
    /// Answered.
    pub answered: bool,
    /// Flagged.
    pub flagged: bool,
}

impl From<core::ReviewCell> for ReviewCell {
    fn from(c: core::ReviewCell) -> Self {
        Self {
            position: int(c.position),
            section: c.section,
            points: int(c.points),
            max_points: int(c.max_points),
            answered: c.answered,
            flagged: c.flagged,
        }
    }
}

/// A question after submission.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReviewItemCard {
    /// Position.
    pub position: i32,
    /// Section id.
    pub section: String,
    /// Section name.
    pub section_name: String,
    /// Topic id.
    pub topic: String,
    /// Topic name.
    pub topic_name: String,
    /// The question as shown.
    pub question: QuestionCard,
    /// The response.
    pub response: Option<Response>,
    /// The key.
    pub correct: Response,
    /// Points.
    pub points: i32,
    /// Maximum.
    pub max_points: i32,
    /// Explanation.
    pub explanation: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// Flagged.
    pub flagged: bool,
}

impl From<core::ReviewItemCard> for ReviewItemCard {
    fn from(i: core::ReviewItemCard) -> Self {
        Self {
            position: int(i.position),
            section: i.section,
            section_name: i.section_name,
            topic: i.topic,
            topic_name: i.topic_name,
            question: i.question.into(),
            response: i.response.map(Into::into),
            correct: i.correct.into(),
            points: int(i.points),
            max_points: int(i.max_points),
            explanation: i.explanation,
            source: i.source,
            flagged: i.flagged,
        }
    }
}

/// A review.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReviewScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// Attempt id.
    pub attempt: String,
    /// The exam's name.
    pub name: String,
    /// The filter.
    pub filter: ReviewFilter,
    /// One section only.
    pub section: Option<String>,
    /// Sections.
    pub sections: Vec<Named>,
    /// Listed positions.
    pub items: Vec<ReviewCell>,
    /// The position on screen.
    pub position: i32,
    /// Its place in `items` (1-based).
    pub index: i32,
    /// The item.
    pub item: ReviewItemCard,
}

impl From<core::ReviewScreen> for ReviewScreen {
    fn from(r: core::ReviewScreen) -> Self {
        Self {
            error: message(r.error),
            attempt: r.attempt,
            name: r.name,
            filter: match r.filter {
                core::ReviewFilter::All => ReviewFilter::All,
                core::ReviewFilter::Wrong => ReviewFilter::Wrong,
                core::ReviewFilter::Flagged => ReviewFilter::Flagged,
            },
            section: r.section,
            sections: list(r.sections),
            items: list(r.items),
            position: int(r.position),
            index: int(r.index),
            item: r.item.into(),
        }
    }
}

/// Feedback on a practice answer.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FeedbackCard {
    /// Fully correct.
    pub correct: bool,
    /// Points.
    pub points: i32,
    /// Maximum.
    pub max_points: i32,
    /// The key.
    pub key: Response,
    /// Explanation.
    pub explanation: Option<String>,
    /// Source.
    pub source: Option<String>,
}

impl From<core::FeedbackCard> for FeedbackCard {
    fn from(f: core::FeedbackCard) -> Self {
        Self {
            correct: f.correct,
            points: int(f.points),
            max_points: int(f.max_points),
            key: f.key.into(),
            explanation: f.explanation,
            source: f.source,
        }
    }
}

/// Practice.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PracticeScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// Session id.
    pub session: String,
    /// Subject.
    pub subject: Option<Named>,
    /// Topic.
    pub topic: Option<Named>,
    /// A mistakes review.
    pub mistakes: bool,
    /// Place in the session (1-based).
    pub position: i32,
    /// Questions.
    pub total: i32,
    /// The question (none when done).
    pub question: Option<QuestionCard>,
    /// The answer given.
    pub response: Option<Response>,
    /// Feedback.
    pub feedback: Option<FeedbackCard>,
    /// Answered.
    pub answered_count: i32,
    /// Correct.
    pub correct_count: i32,
    /// Done.
    pub finished: bool,
}

impl From<core::PracticeScreen> for PracticeScreen {
    fn from(p: core::PracticeScreen) -> Self {
        Self {
            error: message(p.error),
            session: p.session,
            subject: p.subject.map(Into::into),
            topic: p.topic.map(Into::into),
            mistakes: p.mistakes,
            position: int(p.position),
            total: int(p.total),
            question: p.question.map(Into::into),
            response: p.response.map(Into::into),
            feedback: p.feedback.map(Into::into),
            answered_count: int(p.answered_count),
            correct_count: int(p.correct_count),
            finished: p.finished,
        }
    }
}

/// A subject's progress.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SubjectCard {
    /// Code.
    pub subject: String,
    /// Name.
    pub name: String,
    /// Answers.
    pub answered: i32,
    /// Correct.
    pub correct: i32,
    /// Whole percent.
    pub accuracy_percent: i32,
    /// Mastery.
    pub mastery: Mastery,
    /// Topics.
    pub topics: Vec<TopicCard>,
}

impl From<core::SubjectCard> for SubjectCard {
    fn from(s: core::SubjectCard) -> Self {
        Self {
            subject: s.subject,
            name: s.name,
            answered: int(s.answered),
            correct: int(s.correct),
            accuracy_percent: int(s.accuracy_percent),
            mastery: s.mastery.into(),
            topics: list(s.topics),
        }
    }
}

/// Progress.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProgressScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// Answers.
    pub answered: i32,
    /// Correct.
    pub correct: i32,
    /// Whole percent.
    pub accuracy_percent: i32,
    /// Subjects.
    pub subjects: Vec<SubjectCard>,
    /// Submitted mocks, oldest first.
    pub trend: Vec<AttemptCard>,
}

impl From<core::ProgressScreen> for ProgressScreen {
    fn from(p: core::ProgressScreen) -> Self {
        Self {
            error: message(p.error),
            answered: int(p.answered),
            correct: int(p.correct),
            accuracy_percent: int(p.accuracy_percent),
            subjects: list(p.subjects),
            trend: list(p.trend),
        }
    }
}

/// How much is stored.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct StoredCounts {
    /// Attempts.
    pub attempts: i32,
    /// Practice sessions.
    pub practice_sessions: i32,
    /// Answers in the history.
    pub answers: i32,
}

/// Consent as shown.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentView {
    /// Version accepted.
    pub version: String,
    /// When, ms.
    pub accepted_at: i64,
}

/// Privacy.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PrivacyScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// The profile's values.
    pub profile: ProfileFormView,
    /// Minutes a day.
    pub daily_minutes: Option<i32>,
    /// Interface language.
    pub interface_language: Language,
    /// Exam language.
    pub exam_language: Language,
    /// Consent.
    pub consent: Option<ConsentView>,
    /// The policy in force.
    pub policy: PolicyView,
    /// What is stored.
    pub stored: StoredCounts,
    /// The export, after `ExportData`.
    pub export: Option<String>,
    /// Asks to confirm the erasure.
    pub confirm_erase: bool,
}

impl From<core::PrivacyScreen> for PrivacyScreen {
    fn from(p: core::PrivacyScreen) -> Self {
        Self {
            error: message(p.error),
            profile: p.profile.into(),
            daily_minutes: p.daily_minutes.map(int),
            interface_language: p.interface_language.into(),
            exam_language: p.exam_language.into(),
            consent: p.consent.map(|c| ConsentView {
                version: c.version,
                accepted_at: c.accepted_at,
            }),
            policy: p.policy.into(),
            stored: StoredCounts {
                attempts: int(p.stored.attempts),
                practice_sessions: int(p.stored.practice_sessions),
                answers: int(p.stored.answers),
            },
            export: p.export,
            confirm_erase: p.confirm_erase,
        }
    }
}

/// Why the personal data cannot be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RecoveryReason {
    /// The keystore cannot give the key now: wait, then `Launch` again. Never erase.
    KeyUnavailable,
    /// The key is gone for good: offer `EraseData(confirm)` and a fresh start.
    KeyLost,
    /// The personal database is damaged: offer `EraseData(confirm)`.
    Damaged,
    /// Written by a newer version of the app: update the app.
    TooNew,
}

/// The personal data cannot be opened; content still works.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RecoveryScreen {
    /// The refusal of the last event.
    pub error: Option<Message>,
    /// Why.
    pub reason: RecoveryReason,
    /// The file concerned.
    pub file: String,
    /// `Launch` may help.
    pub can_retry: bool,
    /// `EraseData(confirm = true)` starts afresh.
    pub can_erase: bool,
    /// The records that do not open, when the file opens but they do not.
    pub records: Vec<DamagedRecord>,
    /// `RemoveDamaged` removes `records` and keeps the rest.
    pub can_remove: bool,
}

/// A personal record that does not open: where it is, never what it held.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DamagedRecord {
    /// The table (`attempts`, `responses`, `profile`, …).
    pub table: String,
    /// The sealed field.
    pub field: String,
    /// The record's random id.
    pub record: String,
}

impl From<qazstep_core::store::user::DamagedRecord> for DamagedRecord {
    fn from(d: qazstep_core::store::user::DamagedRecord) -> Self {
        Self {
            table: d.table,
            field: d.field,
            record: d.record,
        }
    }
}

impl From<core::RecoveryScreen> for RecoveryScreen {
    fn from(r: core::RecoveryScreen) -> Self {
        Self {
            error: message(r.error),
            reason: match r.reason {
                core::RecoveryReason::KeyUnavailable => RecoveryReason::KeyUnavailable,
                core::RecoveryReason::KeyLost => RecoveryReason::KeyLost,
                core::RecoveryReason::Damaged => RecoveryReason::Damaged,
                core::RecoveryReason::TooNew => RecoveryReason::TooNew,
            },
            file: r.file,
            can_retry: r.can_retry,
            can_erase: r.can_erase,
            records: r.records.into_iter().map(Into::into).collect(),
            can_remove: r.can_remove,
        }
    }
}

/// Every screen a shell draws (Kotlin: a sealed class; Swift: an enum with associated values).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
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

impl From<core::Screen> for Screen {
    fn from(s: core::Screen) -> Self {
        match s {
            core::Screen::Onboarding(x) => Screen::Onboarding(x.into()),
            core::Screen::Home(x) => Screen::Home(x.into()),
            core::Screen::Exam(x) => Screen::Exam(x.into()),
            core::Screen::SubmitConfirmation(x) => Screen::SubmitConfirmation(x.into()),
            core::Screen::Report(x) => Screen::Report(x.into()),
            core::Screen::Review(x) => Screen::Review(x.into()),
            core::Screen::Practice(x) => Screen::Practice(x.into()),
            core::Screen::Progress(x) => Screen::Progress(x.into()),
            core::Screen::Privacy(x) => Screen::Privacy(x.into()),
            core::Screen::Recovery(x) => Screen::Recovery(x.into()),
        }
    }
}
