//! What the core tells a user, as **message ids with arguments**, never as sentences.
//!
//! The words live in the one string catalog (`strings/<lang>.ftl` beside the crates), one file per
//! language, from which the terminal renders and the phone shells' resources are generated. The
//! core emits a [`Message`]: an id from [`MessageId`] and named arguments (plain strings; numbers
//! as their decimal digits, so a catalog can pick a plural form).
//!
//! Invariants:
//! - [`MessageId::ALL`] lists every id the core can emit; a test of the catalog fails when one of
//!   them is missing in any language.
//! - An id's code (`iin_check_digit`) is a contract: shells and scripts match on it. Add ids
//!   freely; never rename one.
//! - Arguments never carry personal data (no ИИН, name, answer or result): they name positions,
//!   counts, codes and ids of public content.

use std::collections::BTreeMap;
use std::fmt;

macro_rules! message_ids {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// Every message the core can show a user. See the module docs.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum MessageId {
            $($(#[$doc])* $variant,)*
        }

        impl MessageId {
            /// Every id, in declaration order.
            pub const ALL: &'static [MessageId] = &[$(MessageId::$variant,)*];

            /// The stable code of the id (`iin_check_digit`): the key in the string catalog.
            pub fn code(self) -> &'static str {
                match self {
                    $(MessageId::$variant => $code,)*
                }
            }

            /// The id with `code`, if there is one.
            pub fn parse(code: &str) -> Option<MessageId> {
                match code {
                    $($code => Some(MessageId::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

/// Calls macro `$m` with the list of every message id (`$(#[doc] Variant = "code",)*`): the one
/// list from which [`MessageId`] is made here and the shells' mirrors are made elsewhere (the
/// FFI's enum), so no copy can drift.
#[macro_export]
macro_rules! qazstep_message_ids {
    ($m:ident) => {
        $m! {
            // ---- the app driver and events ----------------------------------------------------------
            /// A malformed event, an unknown one, or any event before `launch`.
            BadEvent = "bad_event",
            /// The event does not fit the screen the user is on (e.g. `answer` on the home screen).
            EventNotHere = "event_not_here",
            /// Something was refused that has no more precise message (a developer's call).
            RequestRefused = "request_refused",

            // ---- onboarding and profile ---------------------------------------------------------------
            /// `language`: not an interface language of the app (kk, ru, en).
            LanguageUnknown = "language_unknown",
            /// The privacy policy must be accepted before anything is stored.
            PolicyNotAccepted = "policy_not_accepted",
            /// `version`: not a version of the privacy policy the app ever published.
            PolicyVersionUnknown = "policy_version_unknown",
            /// `count`: an ИИН has 12 digits.
            IinLength = "iin_length",
            /// `position`: an ИИН has only digits.
            IinNotDigits = "iin_not_digits",
            /// The check digit does not match: a digit was mistyped.
            IinCheckDigit = "iin_check_digit",
            /// No valid ИИН starts with these 11 digits.
            IinUnusablePrefix = "iin_unusable_prefix",
            /// A name has at most `max` characters and no control characters.
            NameInvalid = "name_invalid",
            /// `role`: neither student nor teacher.
            RoleUnknown = "role_unknown",
            /// `subject`: not a subject of the bank.
            SubjectUnknown = "subject_unknown",
            /// `subject` is given twice.
            SubjectRepeated = "subject_repeated",
            /// `subjects` is not one of the allowed profile choices of `blueprint` (`count` subjects).
            SubjectsNotAllowed = "subjects_not_allowed",
            /// `date` is not a date (`YYYY-MM-DD`).
            ExamDateInvalid = "exam_date_invalid",
            /// The exam date is in the past.
            ExamDatePast = "exam_date_past",
            /// Minutes a day between `min` and `max`.
            MinutesOutOfRange = "minutes_out_of_range",
            /// No profile yet: fill in the profile first.
            ProfileMissing = "profile_missing",

            // ---- exams --------------------------------------------------------------------------------
            /// `blueprint`: no such exam format.
            BlueprintUnknown = "blueprint_unknown",
            /// `category`: not a qualification category of `blueprint`.
            CategoryUnknown = "category_unknown",
            /// `blueprint` is held in `languages` only, not in `language`.
            ExamLanguageNotHeld = "exam_language_not_held",
            /// The bank lacks questions for `blueprint` in `language` (`slots` slots are short).
            BankTooSmall = "bank_too_small",
            /// `position` is not a position of the exam (1 to `max`).
            PositionOutOfRange = "position_out_of_range",
            /// Option `option` (its letter, `E`) does not exist: the question has `options` options.
            OptionOutOfRange = "option_out_of_range",
            /// A single-answer task takes one option.
            ResponseOneOption = "response_one_option",
            /// Option `option` (its letter) is chosen twice.
            OptionRepeated = "option_repeated",
            /// Prompt `prompt` (numbered from 1) does not exist: the task has `prompts` prompts.
            PromptOutOfRange = "prompt_out_of_range",
            /// Prompt `prompt` (numbered from 1) is matched twice.
            PromptRepeated = "prompt_repeated",
            /// A response of the wrong shape for a `kind` task.
            ResponseWrongShape = "response_wrong_shape",
            /// An empty response: choose an option (clearing an answer is its own action).
            ResponseEmpty = "response_empty",
            /// `text` could not be read as a response.
            ResponseUnreadable = "response_unreadable",
            /// No such exam attempt.
            AttemptNotFound = "attempt_not_found",
            /// The exam was already submitted.
            AlreadySubmitted = "already_submitted",
            /// Time is up: the exam was submitted automatically and scored.
            TimeUp = "time_up",
            /// The exam is not submitted yet: no report.
            NotSubmittedYet = "not_submitted_yet",
            /// No unfinished exam to continue.
            NoUnfinishedExam = "no_unfinished_exam",
            /// `aid` is not offered by this exam's format.
            AidNotOffered = "aid_not_offered",
            /// The calculator could not evaluate the expression.
            CalculatorInvalid = "calculator_invalid",
            /// Division by zero in the calculator.
            CalculatorDivisionByZero = "calculator_division_by_zero",
            /// `filter`: not a review filter (all, wrong, flagged).
            ReviewFilterUnknown = "review_filter_unknown",
            /// No questions match the review filter.
            ReviewNothing = "review_nothing",

            // ---- practice -----------------------------------------------------------------------------
            /// A practice session has `min` to `max` questions.
            PracticeCountRange = "practice_count_range",
            /// `topic`: not a topic of `subject`.
            TopicUnknown = "topic_unknown",
            /// No practice questions for `subject` in `language`.
            PracticeNothing = "practice_nothing",
            /// No mistakes to review yet.
            NoMistakes = "no_mistakes",
            /// No such practice session.
            PracticeNotFound = "practice_not_found",
            /// This question was already answered in this session (the first answer counts).
            PracticeAlreadyAnswered = "practice_already_answered",

            // ---- privacy, keys and storage ------------------------------------------------------------
            /// Erasing everything needs a confirmation.
            EraseNotConfirmed = "erase_not_confirmed",
            /// The keystore cannot give the key now (e.g. a locked phone): try again.
            KeyUnavailable = "key_unavailable",
            /// The key that opened the personal data is gone: it cannot be read any more.
            KeyLost = "key_lost",
            /// A sealed value of `table`.`field` (record `record`) does not open.
            DataDamaged = "data_damaged",
            /// A data file is damaged (which one is not known yet).
            FileDamaged = "file_damaged",
            /// `file` (the personal store) is damaged: answers and profile cannot be read; erasing
            /// them starts afresh, the questions stay.
            UserDbDamaged = "user_db_damaged",
            /// `file` (the question bank) is damaged: the next start sets it aside and rebuilds it
            /// from the starter content.
            ContentDbDamaged = "content_db_damaged",
            /// The question bank was damaged: it was set aside as `aside` and rebuilt from the
            /// starter content; packs imported by the user must be imported again.
            ContentSetAside = "content_set_aside",
            /// `count` records could not be read and were left out (lists, the export).
            RecordsDamaged = "records_damaged",
            /// The storage is full; nothing was lost.
            StorageFull = "storage_full",
            /// The storage is read-only.
            StorageReadOnly = "storage_read_only",
            /// The data was written by a newer version of the app: update the app.
            SchemaTooNew = "schema_too_new",
            /// Another storage failure.
            StorageFailed = "storage_failed",
            /// A bug: please report it.
            InternalError = "internal_error",
            /// `file`: the file cannot be read.
            FileUnreadable = "file_unreadable",
            /// `file` is not a valid content pack (`count` problems).
            PackInvalid = "pack_invalid",
            /// The import conflicts with what is installed.
            PackConflict = "pack_conflict",
            /// No question media with this reference.
            MediaNotFound = "media_not_found",

            // ---- the privacy policy, point by point (the onboarding and privacy screens) -------------
            /// What is collected: the ИИН (optional), for the app's functions; name, subjects, exam
            /// date, answers and results.
            PolicyCollects = "policy_collects",
            /// What it is used for: only to provide the educational content and functions of the app.
            PolicyPurpose = "policy_purpose",
            /// How it is kept: sealed (encrypted) on this device, with a key held by the phone's
            /// keystore; nothing is sent anywhere.
            PolicySealed = "policy_sealed",
            /// It is not passed to third parties.
            PolicyNoThirdParties = "policy_no_third_parties",
            /// The user's rights: access (export), correction, deletion (erase), and withdrawing
            /// consent (which erases).
            PolicyRights = "policy_rights",
            /// Changes to the policy are published in the app and shown for acceptance.
            PolicyChanges = "policy_changes",
            /// The app is not an official service of Kazakhstan's state bodies.
            NoticeNotOfficial = "notice_not_official",
            /// The questions are compiled from open sources and Kazakhstan's curricula.
            NoticeSources = "notice_sources",
        }
    };
}

qazstep_message_ids!(message_ids);

/// How a user sees option `index` (0-based): a letter, as on the test sheet (A, B, … Z), then
/// its number from 27 on. Message arguments naming an option use it.
pub fn option_letter(index: u32) -> String {
    match u8::try_from(index) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => (u64::from(index) + 1).to_string(),
    }
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for MessageId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for MessageId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        MessageId::parse(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown message id \"{code}\"")))
    }
}

/// A message for the user: an id and its named arguments (`{"id": "…", "args": {…}}`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    /// Which message.
    pub id: MessageId,
    /// Its arguments by name (numbers as decimal digits).
    pub args: BTreeMap<String, String>,
}

impl Message {
    /// `id` without arguments.
    pub fn new(id: MessageId) -> Self {
        Self {
            id,
            args: BTreeMap::new(),
        }
    }

    /// The message with one more argument.
    pub fn arg(self, name: &str, value: impl fmt::Display) -> Self {
        self.arg_dyn(name, &value)
    }

    /// [`Message::arg`] without a copy per argument type (one instance for all of them: the
    /// library is size-bound).
    fn arg_dyn(mut self, name: &str, value: &dyn fmt::Display) -> Self {
        self.args.insert(name.to_string(), value.to_string());
        self
    }
}

impl From<MessageId> for Message {
    fn from(id: MessageId) -> Self {
        Message::new(id)
    }
}

/// A refusal: what to tell the user ([`Message`]) and one line in English for logs and
/// developers (`detail`, never personal data). The payload of [`crate::Error::InvalidInput`],
/// [`crate::Error::NotFound`] and [`crate::Error::Conflict`]; it reads as its `detail`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What the user is told.
    pub message: Message,
    /// The same in English, with details, for logs and developers.
    pub detail: String,
}

impl Refusal {
    /// A refusal with message `message` and English `detail`.
    pub fn new(message: impl Into<Message>, detail: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            detail: detail.into(),
        }
    }
}

/// A refusal known only by its English text: [`MessageId::RequestRefused`].
impl From<String> for Refusal {
    fn from(detail: String) -> Self {
        Refusal::new(MessageId::RequestRefused, detail)
    }
}

impl From<&str> for Refusal {
    fn from(detail: &str) -> Self {
        Refusal::from(detail.to_string())
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

impl std::ops::Deref for Refusal {
    type Target = str;
    fn deref(&self) -> &str {
        &self.detail
    }
}

impl PartialEq<str> for Refusal {
    fn eq(&self, other: &str) -> bool {
        self.detail == other
    }
}

impl PartialEq<&str> for Refusal {
    fn eq(&self, other: &&str) -> bool {
        self.detail == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_parse_back() {
        let mut seen = std::collections::BTreeSet::new();
        for id in MessageId::ALL {
            assert!(seen.insert(id.code()), "{} twice", id.code());
            assert_eq!(MessageId::parse(id.code()), Some(*id));
            assert!(
                id.code()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()),
                "{}",
                id.code()
            );
        }
        assert_eq!(MessageId::parse("no_such_message"), None);
    }

    #[test]
    fn options_are_letters_then_numbers() {
        assert_eq!(option_letter(0), "A");
        assert_eq!(option_letter(25), "Z");
        assert_eq!(option_letter(26), "27");
        assert_eq!(option_letter(u32::MAX), "4294967296");
    }

    #[test]
    fn a_message_serializes_as_id_and_args() {
        let m = Message::new(MessageId::PositionOutOfRange)
            .arg("position", 121)
            .arg("max", 120);
        assert_eq!(
            serde_json::to_string(&m).ok().as_deref(),
            Some(r#"{"id":"position_out_of_range","args":{"max":"120","position":"121"}}"#)
        );
    }
}
