//! [`Event`]: what a shell sends the app model — a tap, a typed form, the clock, the app going
//! to the background. The serde form is the JSON-lines contract of spec/app.md
//! (`{"event": "answer", "position": 3, "response": [1]}`).
//!
//! Invariants: an event carries raw input as the shell got it (signed integers, free text): the
//! app model, not the shell and not the parser, decides what is out of range, so a bad value is
//! a screen with an error, never a panic or a parse failure of a well-formed event.

use serde::Deserialize;

/// A response as a shell sends it: option indexes as shown (from 0), or `[prompt, option]`
/// pairs for a matching task (spec/cli.md). Signed, so a negative index is refused by the app
/// model with a message instead of failing to parse.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum ResponseInput {
    /// Chosen options (single and multiple choice); `[]` is no answer.
    Choice(Vec<i64>),
    /// `[prompt, option]` pairs (matching).
    Matching(Vec<(i64, i64)>),
}

/// The onboarding profile form (and its corrections from the privacy screen): every field as
/// typed; absent fields keep their value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ProfileForm {
    /// `student` or `teacher`.
    #[serde(default)]
    pub role: Option<String>,
    /// The name, as typed (empty removes it).
    #[serde(default)]
    pub name: Option<String>,
    /// The ИИН as typed (optional; empty removes it).
    #[serde(default)]
    pub iin: Option<String>,
    /// Profile subject codes (a ҰБТ pair, or the ПББ subject).
    #[serde(default)]
    pub subjects: Option<Vec<String>>,
    /// The exam date, `YYYY-MM-DD` (empty removes it).
    #[serde(default)]
    pub exam_date: Option<String>,
}

/// Everything a shell can send. See spec/app.md for which screen takes which.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The app starts (or comes back after being killed): the screen the user was on.
    Launch {},
    /// The interface language (`kk`, `ru`, `en`).
    SetLanguage {
        /// Language code.
        language: String,
    },
    /// The privacy policy shown is accepted.
    AcceptPolicy {},
    /// The privacy policy is declined: everything stored is erased.
    DeclinePolicy {},
    /// The onboarding profile form is sent.
    SubmitProfile(ProfileForm),
    /// Profile fields corrected from the privacy screen.
    EditProfile(ProfileForm),
    /// Minutes a day to study.
    SetDailyMinutes {
        /// Minutes.
        minutes: i64,
    },
    /// Start a mock exam.
    StartExam {
        /// Blueprint id (`unt-2025`, `pbb-2024`).
        blueprint: String,
        /// Subject codes (ҰБТ pair, ПББ subject); absent: the profile's.
        #[serde(default)]
        subjects: Option<Vec<String>>,
        /// ПББ qualification category.
        #[serde(default)]
        category: Option<String>,
        /// Seed of the assembly (tests, demos).
        #[serde(default)]
        seed: Option<u64>,
        /// The blueprint's extra time (special educational needs).
        #[serde(default)]
        extra_time: bool,
        /// Language of the questions; absent: the profile's exam language.
        #[serde(default)]
        language: Option<String>,
    },
    /// Back into the unfinished exam.
    ContinueExam {
        /// Which one (absent: the newest unfinished).
        #[serde(default)]
        attempt: Option<String>,
    },
    /// Record a response at a position (1-based).
    Answer {
        /// Position.
        position: i64,
        /// The response (shown option indexes).
        response: ResponseInput,
    },
    /// Clear the response at a position.
    ClearAnswer {
        /// Position.
        position: i64,
    },
    /// Flag or unflag a position.
    Flag {
        /// Position.
        position: i64,
        /// Flagged or not.
        flagged: bool,
    },
    /// Show a position (exam) or an item (review).
    GoTo {
        /// Position.
        position: i64,
    },
    /// The next position or item.
    Next {},
    /// The previous position.
    Previous {},
    /// The shell's countdown (at least at zero): time is read from the core's clock.
    /// `elapsed_ms` moves a fixed test clock (`qazstep app --now`); the system clock ignores it.
    Tick {
        /// Milliseconds to move a fixed clock forward.
        #[serde(default)]
        elapsed_ms: i64,
    },
    /// The app goes to the background.
    Pause {},
    /// The app comes back.
    Resume {},
    /// Asks to submit the exam (→ the confirmation).
    SubmitExam {},
    /// Confirms the submission.
    ConfirmSubmit {},
    /// Back to the exam from the confirmation.
    CancelSubmit {},
    /// Leaves the exam for home; its clock keeps running, as in the real test.
    Leave {},
    /// Opens an aid of the exam (`calculator`, `periodic_table`, `solubility_table`).
    OpenAid {
        /// Aid code.
        aid: String,
    },
    /// Closes the aid.
    CloseAid {},
    /// The calculator evaluates an expression.
    Calculate {
        /// The expression as typed (`12.5*4-3`).
        expression: String,
    },
    /// The score report of a submitted attempt.
    OpenReport {
        /// Attempt id (absent: the one on screen).
        #[serde(default)]
        attempt: Option<String>,
    },
    /// The review of a submitted attempt.
    OpenReview {
        /// Attempt id (absent: the one on screen).
        #[serde(default)]
        attempt: Option<String>,
        /// `all`, `wrong` or `flagged` (absent: all).
        #[serde(default)]
        filter: Option<String>,
        /// Only this section (absent: every section).
        #[serde(default)]
        section: Option<String>,
    },
    /// The home screen.
    Home {},
    /// Starts practice on a subject (or topic), or on earlier mistakes.
    StartPractice {
        /// Subject code (not needed for mistakes).
        #[serde(default)]
        subject: Option<String>,
        /// Topic id.
        #[serde(default)]
        topic: Option<String>,
        /// Review earlier mistakes instead.
        #[serde(default)]
        mistakes: bool,
        /// How many questions (absent: 10).
        #[serde(default)]
        count: Option<i64>,
        /// Seed of the choice (tests, demos).
        #[serde(default)]
        seed: Option<u64>,
    },
    /// Answers the practice question on screen.
    PracticeAnswer {
        /// The response (option indexes as shown).
        response: ResponseInput,
    },
    /// The progress screen.
    OpenProgress {},
    /// The privacy screen.
    OpenPrivacy {},
    /// Exports every personal datum (the JSON document comes back in the privacy screen).
    ExportData {},
    /// Erases everything personal (needs `confirm: true`; without it the screen asks).
    EraseData {
        /// The user confirmed.
        #[serde(default)]
        confirm: bool,
    },
    /// Removes the personal records that cannot be read (the recovery screen with `damaged`
    /// records lists them); everything that opens stays.
    RemoveDamaged {},
}

impl Event {
    /// The event's name as in the contract (`answer`).
    pub fn name(&self) -> &'static str {
        match self {
            Event::Launch {} => "launch",
            Event::SetLanguage { .. } => "set_language",
            Event::AcceptPolicy {} => "accept_policy",
            Event::DeclinePolicy {} => "decline_policy",
            Event::SubmitProfile(_) => "submit_profile",
            Event::EditProfile(_) => "edit_profile",
            Event::SetDailyMinutes { .. } => "set_daily_minutes",
            Event::StartExam { .. } => "start_exam",
            Event::ContinueExam { .. } => "continue_exam",
            Event::Answer { .. } => "answer",
            Event::ClearAnswer { .. } => "clear_answer",
            Event::Flag { .. } => "flag",
            Event::GoTo { .. } => "go_to",
            Event::Next {} => "next",
            Event::Previous {} => "previous",
            Event::Tick { .. } => "tick",
            Event::Pause {} => "pause",
            Event::Resume {} => "resume",
            Event::SubmitExam {} => "submit_exam",
            Event::ConfirmSubmit {} => "confirm_submit",
            Event::CancelSubmit {} => "cancel_submit",
            Event::Leave {} => "leave",
            Event::OpenAid { .. } => "open_aid",
            Event::CloseAid {} => "close_aid",
            Event::Calculate { .. } => "calculate",
            Event::OpenReport { .. } => "open_report",
            Event::OpenReview { .. } => "open_review",
            Event::Home {} => "home",
            Event::StartPractice { .. } => "start_practice",
            Event::PracticeAnswer { .. } => "practice_answer",
            Event::OpenProgress {} => "open_progress",
            Event::OpenPrivacy {} => "open_privacy",
            Event::ExportData {} => "export_data",
            Event::EraseData { .. } => "erase_data",
            Event::RemoveDamaged {} => "remove_damaged",
        }
    }

    /// Parses one JSON line of the driver contract.
    pub fn from_json(line: &str) -> Option<Event> {
        serde_json::from_str(line).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_shapes_parse() {
        let e = |s: &str| Event::from_json(s);
        assert_eq!(e(r#"{"event": "launch"}"#), Some(Event::Launch {}));
        assert_eq!(
            e(r#"{"event": "answer", "position": 3, "response": [1]}"#),
            Some(Event::Answer {
                position: 3,
                response: ResponseInput::Choice(vec![1])
            })
        );
        assert_eq!(
            e(r#"{"event": "answer", "position": 31, "response": [[0, 2], [1, 0]]}"#),
            Some(Event::Answer {
                position: 31,
                response: ResponseInput::Matching(vec![(0, 2), (1, 0)])
            })
        );
        assert_eq!(
            e(r#"{"event": "submit_profile", "role": "student", "name": "A", "iin": "800101300016", "subjects": ["math", "physics"], "exam_date": "2027-06-20"}"#)
                .map(|e| e.name()),
            Some("submit_profile")
        );
        assert_eq!(
            e(r#"{"event": "erase_data", "confirm": true}"#),
            Some(Event::EraseData { confirm: true })
        );
        assert_eq!(
            e(r#"{"event": "tick"}"#),
            Some(Event::Tick { elapsed_ms: 0 })
        );
        // Negative and huge numbers parse: the app model refuses them with a message.
        assert!(e(r#"{"event": "go_to", "position": -5}"#).is_some());
        assert!(e(r#"{"event": "answer", "position": 1, "response": [-1]}"#).is_some());
        for bad in [
            "",
            "{",
            "[]",
            r#"{"event": "fly"}"#,
            r#"{"event": "go_to"}"#,
            r#"{"position": 1}"#,
            r#"{"event": "go_to", "position": "x"}"#,
        ] {
            assert_eq!(e(bad), None, "{bad}");
        }
    }
}
