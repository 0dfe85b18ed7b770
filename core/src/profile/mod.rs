//! The user's profile: ИИН, name, role, languages, profile subjects and consent.
//!
//! Invariant: a [`Profile`] is personal data as a whole; the store seals it (one sealed value per
//! profile row) and nothing of it is ever written, logged or reported in plaintext.

mod iin;

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
    /// When the user accepted it, Unix seconds.
    pub accepted_at: i64,
}

/// The user's profile as the app keeps it (sealed at rest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The ИИН, validated. Serialized as its digits (only ever inside a sealed value or an export).
    #[serde(with = "iin_serde")]
    pub iin: Iin,
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
    /// Consent to the privacy policy, once given.
    pub consent: Option<Consent>,
}

mod iin_serde {
    use super::Iin;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(iin: &Iin, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(iin.expose())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Iin, D::Error> {
        let raw = zeroize::Zeroizing::new(String::deserialize(d)?);
        Iin::parse(&raw).map_err(serde::de::Error::custom)
    }
}
