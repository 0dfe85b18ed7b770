//! The profile, the interface language and consent to the privacy policy.
//!
//! Invariants: every field is validated before anything is stored, and a refused update changes
//! nothing; consent is given to a published policy version only, with or without a profile
//! (the policy first, the ИИН after); withdrawing consent erases all personal data.

use super::*;
use crate::profile::{Date, policy};

/// Minutes a day a student can plan: at least 5, at most 10 hours.
pub const DAILY_MINUTES: std::ops::RangeInclusive<u32> = 5..=600;

/// The longest name kept, in characters.
pub const NAME_MAX: usize = 200;

impl Qazstep {
    /// The profile, masked; `None` before anything was stored.
    pub fn profile(&self) -> Result<Option<ProfileView>> {
        let user = self.user()?;
        Ok(user.profile::<Profile>()?.as_ref().map(ProfileView::from))
    }

    /// The newest blueprint of `exam` (its choices and rules are the ones a profile follows).
    pub(crate) fn newest_blueprint(registry: &BlueprintRegistry, exam: Exam) -> Result<&Blueprint> {
        registry
            .list()
            .into_iter()
            .filter(|b| b.exam == exam)
            .max_by_key(|b| (b.year, b.revision))
            .ok_or_else(|| Error::Internal(format!("no blueprint for {}", exam.code())))
    }

    /// Checks profile `subjects` for `role`: each a known subject, none twice, and together one
    /// of the choices the newest blueprint of the role's exam allows (empty: not chosen yet).
    pub fn check_profile_subjects(&self, role: Role, subjects: &[String]) -> Result<()> {
        let known = self.subjects()?;
        for (i, s) in subjects.iter().enumerate() {
            if !known.iter().any(|k| &k.code == s) {
                return Err(Error::invalid(
                    Message::new(MessageId::SubjectUnknown).arg("subject", s),
                    format!("unknown subject \"{s}\""),
                ));
            }
            if subjects[..i].contains(s) {
                return Err(Error::invalid(
                    Message::new(MessageId::SubjectRepeated).arg("subject", s),
                    format!("subject \"{s}\" is given twice"),
                ));
            }
        }
        if subjects.is_empty() {
            return Ok(());
        }
        let registry = self.registry();
        let exam = match role {
            Role::Student => Exam::Unt,
            Role::Teacher => Exam::Pbb,
        };
        Self::newest_blueprint(&registry, exam)?
            .resolve_sections(subjects)
            .map(drop)
    }

    /// Sets or corrects the profile (the user's right of correction); creates it when there is
    /// none. Nothing is stored when any field is invalid. Changing the role without giving
    /// subjects drops subjects the new role's exam does not allow.
    pub fn set_profile(&self, update: ProfileUpdate) -> Result<ProfileView> {
        let iin = match &update.iin {
            Some(Some(text)) => Some(Some(Iin::parse(text)?)),
            Some(None) => Some(None),
            None => None,
        };
        if let Some(Some(name)) = &update.name
            && (name.trim().chars().count() > NAME_MAX || name.chars().any(char::is_control))
        {
            return Err(Error::invalid(
                Message::new(MessageId::NameInvalid).arg("max", NAME_MAX),
                format!("a name has at most {NAME_MAX} characters and no control characters"),
            ));
        }
        let now = self.now();
        if let Some(Some(date)) = &update.exam_date {
            let day = Date::parse(date).ok_or_else(|| {
                Error::invalid(
                    Message::new(MessageId::ExamDateInvalid).arg("date", clip(date)),
                    format!("\"{}\" is not a date YYYY-MM-DD", clip(date)),
                )
            })?;
            if day.days_from(now) < 0 {
                return Err(Error::invalid(
                    MessageId::ExamDatePast,
                    format!("the exam date {day} has passed"),
                ));
            }
        }
        if let Some(Some(m)) = update.daily_minutes
            && !DAILY_MINUTES.contains(&m)
        {
            return Err(Error::invalid(
                Message::new(MessageId::MinutesOutOfRange)
                    .arg("min", DAILY_MINUTES.start())
                    .arg("max", DAILY_MINUTES.end()),
                format!(
                    "{m} minutes a day: choose {} to {}",
                    DAILY_MINUTES.start(),
                    DAILY_MINUTES.end()
                ),
            ));
        }
        let current: Option<Profile> = self.user()?.profile()?;
        let mut profile = current
            .unwrap_or_else(|| Profile::empty(update.interface_language.unwrap_or(Locale::Kk)));
        let role = update.role.unwrap_or(profile.role);
        let subjects = match &update.profile_subjects {
            Some(s) => {
                self.check_profile_subjects(role, s)?;
                s.clone()
            }
            None if role != profile.role => {
                let kept = profile.profile_subjects.clone();
                if self.check_profile_subjects(role, &kept).is_ok() {
                    kept
                } else {
                    Vec::new()
                }
            }
            None => profile.profile_subjects.clone(),
        };
        if let Some(iin) = iin {
            profile.iin = iin;
        }
        if let Some(name) = update.name {
            profile.name = name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
        }
        profile.role = role;
        profile.profile_subjects = subjects;
        if let Some(l) = update.interface_language {
            profile.interface_language = l;
        }
        if let Some(l) = update.exam_language {
            profile.exam_language = l;
        }
        if let Some(date) = update.exam_date {
            profile.exam_date = date.map(|d| d.trim().to_string());
        }
        if let Some(m) = update.daily_minutes {
            profile.daily_minutes = m;
        }
        self.user()?.put_profile(&profile, now)?;
        Ok(ProfileView::from(&profile))
    }

    /// Records consent to `policy_version` (one the app published, see
    /// [`crate::profile::policy`]), creating the profile when there is none: the policy is
    /// accepted before anything personal is given.
    pub fn give_consent(&self, policy_version: &str) -> Result<Consent> {
        if !policy::is_published(policy_version) {
            return Err(Error::invalid(
                Message::new(MessageId::PolicyVersionUnknown).arg("version", clip(policy_version)),
                format!(
                    "\"{}\" is not a published version of the privacy policy (in force: {})",
                    clip(policy_version),
                    policy::current()
                ),
            ));
        }
        let now = self.now();
        let mut user = self.user()?;
        let mut profile: Profile = user
            .profile()?
            .unwrap_or_else(|| Profile::empty(Locale::Kk));
        let consent = Consent {
            policy_version: policy_version.to_string(),
            accepted_at: now,
        };
        profile.consent = Some(consent.clone());
        user.put_profile(&profile, now)?;
        Ok(consent)
    }

    /// Withdraws consent to the privacy policy: like [`Qazstep::erase_personal_data`], every
    /// personal datum and its key are erased (nothing may be kept without consent).
    pub fn withdraw_consent(&self) -> Result<()> {
        self.erase_personal_data()
    }
}

/// At most 40 characters of `s` (user input quoted back in a message).
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}
