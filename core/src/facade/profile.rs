//! The profile and consent to the privacy policy.

use super::*;

impl Qazstep {
    /// The profile, masked; `None` before one is set.
    pub fn profile(&self) -> Result<Option<ProfileView>> {
        let user = lock(&self.user);
        Ok(user.profile::<Profile>()?.as_ref().map(ProfileView::from))
    }

    /// Sets or corrects the profile (the user's right of correction). A new profile needs an
    /// ИИН. Nothing is stored when any field is invalid.
    pub fn set_profile(&self, update: ProfileUpdate) -> Result<ProfileView> {
        let iin = update.iin.as_deref().map(Iin::parse).transpose()?;
        if let Some(subjects) = &update.profile_subjects {
            let known = self.subjects()?;
            for s in subjects {
                if !known.iter().any(|k| &k.code == s) {
                    return Err(Error::invalid(
                        Message::new(MessageId::SubjectUnknown).arg("subject", s),
                        format!("unknown subject \"{s}\""),
                    ));
                }
            }
        }
        if let Some(Some(name)) = &update.name
            && (name.chars().count() > 200 || name.chars().any(char::is_control))
        {
            return Err(Error::InvalidInput(
                "a name has at most 200 characters and no control characters".into(),
            ));
        }
        let now = self.now();
        let mut user = lock(&self.user);
        let current: Option<Profile> = user.profile()?;
        let mut profile = match (current, iin) {
            (Some(mut p), iin) => {
                if let Some(iin) = iin {
                    p.iin = iin;
                }
                p
            }
            (None, Some(iin)) => Profile {
                iin,
                name: None,
                role: Role::Student,
                interface_language: Locale::Kk,
                exam_language: Locale::Kk,
                profile_subjects: Vec::new(),
                consent: None,
            },
            (None, None) => return Err(Error::InvalidInput("a new profile needs an ИИН".into())),
        };
        if let Some(name) = update.name {
            profile.name = name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
        }
        if let Some(role) = update.role {
            profile.role = role;
        }
        if let Some(l) = update.interface_language {
            profile.interface_language = l;
        }
        if let Some(l) = update.exam_language {
            profile.exam_language = l;
        }
        if let Some(s) = update.profile_subjects {
            profile.profile_subjects = s;
        }
        user.put_profile(&profile, now)?;
        Ok(ProfileView::from(&profile))
    }

    /// Records consent to a version of the privacy policy.
    pub fn give_consent(&self, policy_version: &str) -> Result<ProfileView> {
        if policy_version.trim().is_empty() {
            return Err(Error::InvalidInput("the policy version is empty".into()));
        }
        let now = self.now();
        let mut user = lock(&self.user);
        let mut profile: Profile = user
            .profile()?
            .ok_or_else(|| Error::NotFound("no profile yet: set the profile first".into()))?;
        profile.consent = Some(Consent {
            policy_version: policy_version.trim().to_string(),
            accepted_at: now / 1000,
        });
        user.put_profile(&profile, now)?;
        Ok(ProfileView::from(&profile))
    }
}
