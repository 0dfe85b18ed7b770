//! The user's profile: ИИН, name, role, languages, profile subjects, exam date, daily minutes
//! and consent to the privacy policy.
//!
//! Invariants: a [`Profile`] is personal data as a whole; the store seals it (one sealed value
//! per profile row) and nothing of it is ever written, logged or reported in plaintext. The ИИН
//! is optional (the app works without it); consent can be given before anything else is stored,
//! as personal-data law wants it: the policy first, the ИИН after.

mod date;
mod iin;
pub mod policy;

pub use date::Date;
pub use iin::{Iin, IinError};

use serde::{Deserialize, Serialize};

use crate::content::Locale;

/// Who uses the app: a school-leaver (ҰБТ) or a teacher (ПББ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A student preparing for ҰБТ/ЕНТ.
    Student,
    /// A teacher preparing for ПББ.
    Teacher,
}

impl Role {
    /// Parses `student` or `teacher`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "student" => Some(Role::Student),
            "teacher" => Some(Role::Teacher),
            _ => None,
        }
    }

    /// The stable code (`student`, `teacher`).
    pub fn code(self) -> &'static str {
        match self {
            Role::Student => "student",
            Role::Teacher => "teacher",
        }
    }
}

/// Consent to a version of the privacy policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// Version (date) of the policy text the user accepted, e.g. `2025-02-05`.
    pub policy_version: String,
    /// When the user accepted it, ms since the epoch (like every other time). Consents stored
    /// by earlier versions in seconds are read as milliseconds (see [`Consent::normalized`]).
    pub accepted_at: i64,
}

impl Consent {
    /// The consent with `accepted_at` in milliseconds: earlier versions stored seconds, and a
    /// value below 10¹¹ (1973 in ms, year 5138 in s) can only be seconds.
    pub fn normalized(mut self) -> Self {
        if self.accepted_at < 100_000_000_000 {
            self.accepted_at *= 1000;
        }
        self
    }
}

/// The user's profile as the app keeps it (sealed at rest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The ИИН, validated, if the user gave it. Serialized as its digits (only ever inside a
    /// sealed value or an export).
    #[serde(default, with = "iin_serde")]
    pub iin: Option<Iin>,
    /// The name the user chose to give, if any.
    pub name: Option<String>,
    /// Student or teacher.
    pub role: Role,
    /// Language of the interface.
    pub interface_language: Locale,
    /// Language the user sits exams in.
    pub exam_language: Locale,
    /// Chosen ҰБТ profile subjects (subject codes), or the ПББ subject.
    pub profile_subjects: Vec<String>,
    /// The day of the student's exam, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exam_date: Option<String>,
    /// Minutes a day the student means to study, if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_minutes: Option<u32>,
    /// Consent to the privacy policy, once given.
    pub consent: Option<Consent>,
}

impl Profile {
    /// The profile of someone who has given nothing yet: interface and exam language
    /// `language`, a student.
    pub fn empty(language: Locale) -> Self {
        Self {
            iin: None,
            name: None,
            role: Role::Student,
            interface_language: language,
            exam_language: language,
            profile_subjects: Vec::new(),
            exam_date: None,
            daily_minutes: None,
            consent: None,
        }
    }

    /// The exam date, parsed.
    pub fn exam_day(&self) -> Option<Date> {
        self.exam_date.as_deref().and_then(Date::parse)
    }
}

mod iin_serde {
    use super::Iin;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(iin: &Option<Iin>, s: S) -> Result<S::Ok, S::Error> {
        match iin {
            Some(iin) => s.serialize_str(iin.expose()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Iin>, D::Error> {
        let raw: Option<zeroize::Zeroizing<String>> =
            Option::<String>::deserialize(d)?.map(zeroize::Zeroizing::new);
        raw.map(|r| Iin::parse(&r).map_err(serde::de::Error::custom))
            .transpose()
    }
}
