//! Records of the user's profile. The ИИН goes in as typed and only ever comes back masked.

use qazstep_core::profile as core;

use crate::content::Language;

/// Who uses the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Role {
    /// A school-leaver preparing for ҰБТ/ЕНТ.
    Student,
    /// A teacher preparing for ПББ.
    Teacher,
}

impl From<core::Role> for Role {
    fn from(r: core::Role) -> Self {
        match r {
            core::Role::Student => Role::Student,
            core::Role::Teacher => Role::Teacher,
        }
    }
}

impl From<Role> for core::Role {
    fn from(r: Role) -> Self {
        match r {
            Role::Student => core::Role::Student,
            Role::Teacher => core::Role::Teacher,
        }
    }
}

/// Consent to a version of the privacy policy.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Consent {
    /// Version (date) of the policy text accepted, e.g. `2025-02-05`.
    pub policy_version: String,
    /// When it was accepted, ms since the epoch.
    pub accepted_at_ms: i64,
}

impl From<core::Consent> for Consent {
    fn from(c: core::Consent) -> Self {
        let c = c.normalized();
        Self {
            policy_version: c.policy_version,
            accepted_at_ms: c.accepted_at,
        }
    }
}

/// The profile as shown: the ИИН masked (`80••••••••16`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProfileView {
    /// The ИИН, masked; `null` when not given (it is optional).
    pub iin_masked: Option<String>,
    /// Name, if given.
    pub name: Option<String>,
    /// Student or teacher.
    pub role: Role,
    /// Interface language.
    pub interface_language: Language,
    /// Exam language.
    pub exam_language: Language,
    /// Profile subjects (the ҰБТ pair or the ПББ subject), as subject codes.
    pub profile_subjects: Vec<String>,
    /// The exam date `YYYY-MM-DD`, if set.
    pub exam_date: Option<String>,
    /// Minutes a day to study, if set.
    pub daily_minutes: Option<i32>,
    /// Consent given, if any.
    pub consent: Option<Consent>,
}

impl From<qazstep_core::ProfileView> for ProfileView {
    fn from(p: qazstep_core::ProfileView) -> Self {
        Self {
            iin_masked: p.iin_masked,
            name: p.name,
            role: p.role.into(),
            interface_language: p.interface_language.into(),
            exam_language: p.exam_language.into(),
            profile_subjects: p.profile_subjects,
            exam_date: p.exam_date,
            daily_minutes: p
                .daily_minutes
                .map(|m| i32::try_from(m).unwrap_or(i32::MAX)),
            consent: p.consent.map(Into::into),
        }
    }
}

/// A change to the profile; every `null` field keeps its value (the `remove_*` flags remove
/// one). The ИИН is optional. Nothing is stored when any field is invalid.
#[derive(Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct ProfileUpdate {
    /// The ИИН as typed (spaces allowed); validated.
    #[uniffi(default)]
    pub iin: Option<String>,
    /// Remove the stored ИИН (wins over `iin`).
    #[uniffi(default)]
    pub remove_iin: bool,
    /// A new name (trimmed; at most 200 characters).
    #[uniffi(default)]
    pub name: Option<String>,
    /// Remove the stored name (wins over `name`).
    #[uniffi(default)]
    pub remove_name: bool,
    /// Role.
    #[uniffi(default)]
    pub role: Option<Role>,
    /// Interface language.
    #[uniffi(default)]
    pub interface_language: Option<Language>,
    /// Exam language.
    #[uniffi(default)]
    pub exam_language: Option<Language>,
    /// Profile subjects, as subject codes: none twice, together an allowed choice of the
    /// role's exam (a ҰБТ pair; one ПББ subject).
    #[uniffi(default)]
    pub profile_subjects: Option<Vec<String>>,
    /// The exam date `YYYY-MM-DD` (today or later).
    #[uniffi(default)]
    pub exam_date: Option<String>,
    /// Remove the stored exam date (wins over `exam_date`).
    #[uniffi(default)]
    pub remove_exam_date: bool,
    /// Minutes a day to study (5 to 600).
    #[uniffi(default)]
    pub daily_minutes: Option<i32>,
}

impl From<ProfileUpdate> for qazstep_core::ProfileUpdate {
    fn from(u: ProfileUpdate) -> Self {
        Self {
            iin: if u.remove_iin {
                Some(None)
            } else {
                u.iin.map(Some)
            },
            name: if u.remove_name {
                Some(None)
            } else {
                u.name.map(Some)
            },
            role: u.role.map(Into::into),
            interface_language: u.interface_language.map(Into::into),
            exam_language: u.exam_language.map(Into::into),
            profile_subjects: u.profile_subjects,
            exam_date: if u.remove_exam_date {
                Some(None)
            } else {
                u.exam_date.map(Some)
            },
            // A negative count is out of range like any other: refused by the core.
            daily_minutes: u.daily_minutes.map(|m| Some(u32::try_from(m).unwrap_or(0))),
        }
    }
}

/// Debug output never shows the ИИН.
impl std::fmt::Debug for ProfileUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileUpdate")
            .field("iin", &self.iin.as_ref().map(|_| "<redacted>"))
            .field("remove_iin", &self.remove_iin)
            .field("name", &self.name.as_ref().map(|_| "<redacted>"))
            .field("remove_name", &self.remove_name)
            .field("role", &self.role)
            .field("interface_language", &self.interface_language)
            .field("exam_language", &self.exam_language)
            .field("profile_subjects", &self.profile_subjects)
            .field("exam_date", &self.exam_date)
            .field("remove_exam_date", &self.remove_exam_date)
            .field("daily_minutes", &self.daily_minutes)
            .finish()
    }
}
