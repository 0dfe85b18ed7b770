//! The app model (spec/app.md): every screen a student sees, computed in the core from the
//! events a shell sends — Crux's `update`/`view` over our own records, without its runtime.
//! Shells (Android, iOS, the terminal) draw [`Screen`]s and send [`Event`]s; navigation, the
//! timer, when a submission needs a confirmation, what practice shows after an answer, the
//! onboarding order and the recovery from a lost key are decided here, once, and tested here.
//!
//! Invariants:
//! - [`Qazstep::dispatch`] answers every event with a screen and never panics. An event that
//!   does not fit the screen, or bad input, returns the same screen with `error` set (a catalog
//!   message) and changes nothing.
//! - The only app state stored is [`Place`] (sealed); it is written in the same transaction as
//!   the change that leads to it, so a `launch` after a kill returns the screen the user was on
//!   with every acknowledged answer.
//! - `tick` writes nothing while time remains; past the deadline it scores the attempt (one
//!   write) and returns its report. Remaining time never grows.
//! - Onboarding is derived, not stored: nothing stored → the language step; no consent to the
//!   policy in force → the policy step (also when the app ships a newer policy); no place yet
//!   → the profile form. Declining the policy erases everything.
//! - Screens carry no answer key while an exam is open.

mod calculator;
mod driver;
mod event;
mod place;
mod screen;
mod view;

pub use calculator::{CalcError, evaluate};
pub use driver::Driver;
pub use event::{Event, ProfileForm, ResponseInput};
pub use place::{Place, ReviewFilter};
pub use screen::*;

use crate::Qazstep;
use crate::aids::Aid;
use crate::content::{Exam, Locale};
use crate::error::{Error, Result};
use crate::facade::lock;
use crate::message::{Message, MessageId};
use crate::practice::PracticeRequest;
use crate::profile::{Profile, Role, policy};
use crate::scoring::Response;
use crate::{ProfileUpdate, StartExam};

/// What a screen shows beside its place, for one event only.
#[derive(Debug, Default)]
pub(crate) struct Extra {
    aid: Option<AidView>,
    export: Option<String>,
    confirm_erase: bool,
}

/// Where the user is, as derived (onboarding, recovery) or stored (the rest).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Recovery(crate::Unavailable),
    Onboarding(OnboardingStep),
    At(Place),
}

/// Questions of a practice session when the event does not say.
const PRACTICE_COUNT: i64 = 10;

/// A refusal of an event as the screen shows it.
fn refused(e: &Error) -> Message {
    e.message()
}

fn not_here() -> Error {
    Error::invalid(
        MessageId::EventNotHere,
        "this event does not fit the screen on display",
    )
}

/// A 1-based position from an event, or the refusal naming the range.
fn position_in(position: i64, total: usize) -> Result<u32> {
    u32::try_from(position)
        .ok()
        .filter(|p| *p >= 1 && (*p as usize) <= total)
        .ok_or_else(|| {
            Error::invalid(
                Message::new(MessageId::PositionOutOfRange)
                    .arg("position", position)
                    .arg("max", total),
                format!("position {position} does not exist (1..{total})"),
            )
        })
}

/// A response from an event: indexes must be whole numbers from 0.
fn response_of(r: &ResponseInput) -> Result<Response> {
    let index = |i: i64| {
        u32::try_from(i).map_err(|_| {
            Error::invalid(
                Message::new(MessageId::ResponseUnreadable),
                format!("option index {i} is not a whole number from 0"),
            )
        })
    };
    Ok(match r {
        ResponseInput::Choice(v) => {
            Response::Choice(v.iter().map(|i| index(*i)).collect::<Result<_>>()?)
        }
        ResponseInput::Matching(v) => Response::Matching(
            v.iter()
                .map(|(p, o)| Ok((index(*p)?, index(*o)?)))
                .collect::<Result<_>>()?,
        ),
    })
}

fn language(code: &str) -> Result<Locale> {
    Locale::parse(code).ok_or_else(|| {
        Error::invalid(
            Message::new(MessageId::LanguageUnknown).arg("language", clip(code)),
            format!("unknown language \"{}\"", clip(code)),
        )
    })
}

fn clip(s: &str) -> String {
    s.chars().take(24).collect()
}

fn role(code: &str) -> Result<Role> {
    Role::parse(code.trim()).ok_or_else(|| {
        Error::invalid(
            Message::new(MessageId::RoleUnknown).arg("role", clip(code)),
            format!("unknown role \"{}\"", clip(code)),
        )
    })
}

/// A form's fields as a profile update (text checks happen in `set_profile`).
fn update_of(form: &ProfileForm) -> Result<ProfileUpdate> {
    let text = |t: &Option<String>| {
        t.as_ref()
            .map(|v| Some(v.trim().to_string()).filter(|v| !v.is_empty()))
    };
    Ok(ProfileUpdate {
        iin: text(&form.iin),
        name: text(&form.name),
        role: form.role.as_deref().map(role).transpose()?,
        profile_subjects: form
            .subjects
            .as_ref()
            .map(|s| s.iter().map(|c| c.trim().to_string()).collect()),
        exam_date: text(&form.exam_date),
        ..ProfileUpdate::default()
    })
}

impl Qazstep {
    /// Answers `event` with the screen to draw (see the module docs). Never panics; a refused
    /// event returns the screen on display with `error` set and changes nothing.
    pub fn dispatch(&self, event: Event) -> Screen {
        let _one_at_a_time = lock(self.app_lock());
        let before = match (self.target(), &event) {
            // The records that do not open are removed whatever else fails to open (`update`
            // takes this event before looking at the target).
            (Err(Error::DataCorrupted { .. }), Event::RemoveDamaged {}) => {
                Ok(Target::Onboarding(OnboardingStep::Language))
            }
            (before, _) => before,
        };
        let outcome = before
            .as_ref()
            .map_err(refused)
            .and_then(|t| self.update(t, &event).map_err(|e| refused(&e)));
        match outcome {
            Ok((target, extra)) => {
                let screen = self
                    .render(&target, extra)
                    .unwrap_or_else(|e| self.fallback(&e));
                // The question bank was damaged and rebuilt at this open: say so once.
                let notice = match event {
                    Event::Launch {} => self.take_content_notice(),
                    _ => None,
                };
                match notice {
                    Some(aside) => screen
                        .with_error(Message::new(MessageId::ContentSetAside).arg("aside", aside)),
                    None => screen,
                }
            }
            Err(message) => {
                self.forget_place();
                let screen = match self.target() {
                    Ok(t) => self
                        .render(&t, Extra::default())
                        .unwrap_or_else(|e| self.fallback(&e)),
                    Err(e) => self.fallback(&e),
                };
                screen.with_error(message)
            }
        }
    }

    /// The screen on display now (what `launch` shows, without retrying anything).
    pub fn screen(&self) -> Screen {
        let _one_at_a_time = lock(self.app_lock());
        match self.target() {
            Ok(t) => self
                .render(&t, Extra::default())
                .unwrap_or_else(|e| self.fallback(&e)),
            Err(e) => self.fallback(&e),
        }
    }

    /// One position of `attempt` drawn as the exam screen draws it, without moving the user and
    /// without onboarding: what a shell shows for a question outside the app's navigation
    /// (`qazstep exam show`). `position` absent: the first position without a complete answer.
    /// An attempt whose time ran out is scored first (as every view does) and gives its
    /// report; a submitted attempt gives its review at `position` (absent: the first).
    /// Names come in the interface language. Writes nothing else.
    pub fn exam_view(&self, attempt: &str, position: Option<i64>) -> Result<Screen> {
        let _one_at_a_time = lock(self.app_lock());
        let profile: Option<Profile> = self.user()?.profile()?;
        let lang = self.interface_language(profile.as_ref());
        let (submitted, total) = {
            let user = self.user()?;
            let meta = user.attempt_meta(attempt)?;
            (meta.submitted, self.plan(&user, attempt)?.items.len())
        };
        let position = position.map(|p| position_in(p, total)).transpose()?;
        if submitted {
            return self.review_screen(attempt, ReviewFilter::All, None, position, lang);
        }
        let position = match position {
            Some(p) => p,
            None => self.first_unanswered(attempt)?,
        };
        self.exam_screen(attempt, position, None, lang)
    }

    /// The report screen of a submitted attempt (names in the interface language; ПББ: the
    /// category reached), without moving the user: what `qazstep exam submit` and `qazstep
    /// demo` draw. An open attempt is refused (`not_submitted_yet`).
    pub fn report_view(&self, attempt: &str) -> Result<Screen> {
        let _one_at_a_time = lock(self.app_lock());
        let profile: Option<Profile> = self.user()?.profile()?;
        let lang = self.interface_language(profile.as_ref());
        self.report_screen(attempt, lang)
    }

    /// What to show when a screen itself cannot be built: the recovery screen when the
    /// personal data closed, else home (or onboarding) with the error.
    fn fallback(&self, e: &Error) -> Screen {
        if let Some(why) = self.personal_data_unavailable() {
            return Self::recovery_screen(why).with_error(refused(e));
        }
        // A record that does not open (the profile, an attempt a screen needs): say what was
        // lost and offer its removal.
        if let Error::DataCorrupted { .. } = e
            && let Some(screen) = self.damaged_records_screen()
        {
            return screen;
        }
        let lang = self.interface_language(None);
        let screen = match self.user().and_then(|u| u.profile::<Profile>()) {
            Ok(Some(p)) => self.home_screen(&p, lang).ok(),
            _ => None,
        };
        screen
            .or_else(|| {
                self.onboarding_screen(OnboardingStep::Language, None, lang)
                    .ok()
            })
            .unwrap_or_else(|| Self::recovery_screen(crate::Unavailable::Damaged))
            .with_error(refused(e))
    }

    /// The interface language: the process override, else the profile's, else Kazakh.
    fn interface_language(&self, profile: Option<&Profile>) -> Locale {
        self.language_override()
            .or(profile.map(|p| p.interface_language))
            .unwrap_or(Locale::Kk)
    }

    /// The stored place (cached after the first read).
    fn stored_place(&self) -> Result<Option<Place>> {
        if let Some(p) = lock(self.place_cache()).as_ref() {
            return Ok(p.clone());
        }
        let p: Option<Place> = self.user()?.place()?.and_then(|b| Place::decode(&b));
        *lock(self.place_cache()) = Some(p.clone());
        Ok(p)
    }

    /// Forgets the cached place (after a failed event: the store is the truth).
    fn forget_place(&self) {
        *lock(self.place_cache()) = None;
        if let Ok(mut u) = self.user() {
            u.unstage_place();
        }
    }

    /// Where the user is.
    fn target(&self) -> Result<Target> {
        if let Some(why) = self.personal_data_unavailable() {
            return Ok(Target::Recovery(why));
        }
        let profile: Option<Profile> = self.user()?.profile()?;
        let Some(profile) = profile else {
            return Ok(Target::Onboarding(OnboardingStep::Language));
        };
        if profile
            .consent
            .as_ref()
            .is_none_or(|c| c.policy_version != policy::current())
        {
            return Ok(Target::Onboarding(OnboardingStep::Policy));
        }
        Ok(match self.stored_place()? {
            None => Target::Onboarding(OnboardingStep::Profile),
            Some(p) => Target::At(p),
        })
    }

    /// Stores `place` now (nothing else to write).
    fn go(&self, place: Place) -> Result<(Target, Extra)> {
        self.user()?.put_place(&place.encode(), self.now())?;
        *lock(self.place_cache()) = Some(Some(place.clone()));
        Ok((Target::At(place), Extra::default()))
    }

    /// Stages `place` to ride with the next write, runs `write`, and takes the place when it
    /// succeeded.
    fn go_with<T>(&self, place: Place, write: impl FnOnce() -> Result<T>) -> Result<(Target, T)> {
        self.user()?.stage_place(&place.encode())?;
        match write() {
            Ok(v) => {
                // A call that wrote nothing (a repeated answer) left it staged: store it alone.
                let mut user = self.user()?;
                if user.place_is_staged() {
                    user.unstage_place();
                    user.put_place(&place.encode(), self.now())?;
                }
                drop(user);
                *lock(self.place_cache()) = Some(Some(place.clone()));
                Ok((Target::At(place), v))
            }
            Err(e) => {
                self.forget_place();
                Err(e)
            }
        }
    }

    fn render(&self, target: &Target, extra: Extra) -> Result<Screen> {
        match target {
            Target::Recovery(why) => Ok(Self::recovery_screen(*why)),
            Target::Onboarding(step) => {
                let profile: Option<Profile> = self.user()?.profile()?;
                let lang = self.interface_language(profile.as_ref());
                self.onboarding_screen(*step, profile.as_ref(), lang)
            }
            Target::At(place) => {
                let profile: Profile = self
                    .user()?
                    .profile()?
                    .unwrap_or_else(|| Profile::empty(Locale::Kk));
                let lang = self.interface_language(Some(&profile));
                let screen = self.place_screen(place, &profile, lang, extra)?;
                // An exam whose time ran out shows its report: remember that place.
                if let (
                    Place::Exam { attempt, .. } | Place::SubmitConfirmation { attempt, .. },
                    Screen::Report(_),
                ) = (place, &screen)
                {
                    self.go(Place::Report {
                        attempt: attempt.clone(),
                    })?;
                }
                Ok(screen)
            }
        }
    }

    /// The `update` half: applies `event` at `target`; returns where the user is now.
    fn update(&self, target: &Target, event: &Event) -> Result<(Target, Extra)> {
        let same = || Ok((target.clone(), Extra::default()));
        // Events every screen takes.
        match event {
            Event::Launch {} => {
                if let Target::Recovery(_) = target {
                    self.retry_personal_data()?;
                    return Ok((self.target()?, Extra::default()));
                }
                return same();
            }
            Event::Pause {} => {
                if self.personal_data_unavailable().is_none() {
                    self.pause()?;
                }
                return same();
            }
            Event::Resume {} => return same(),
            Event::RemoveDamaged {} if self.personal_data_unavailable().is_none() => {
                self.remove_damaged_records()?;
                self.forget_place();
                return Ok((self.target()?, Extra::default()));
            }
            Event::Tick { elapsed_ms } => {
                self.advance_test_clock(*elapsed_ms);
                return same();
            }
            _ => {}
        }
        match target {
            Target::Recovery(_) => self.update_recovery(event),
            Target::Onboarding(step) => self.update_onboarding(*step, event),
            Target::At(place) => self.update_at(place, event),
        }
    }

    fn update_recovery(&self, event: &Event) -> Result<(Target, Extra)> {
        match event {
            Event::EraseData { confirm: true } => {
                self.erase_unreadable_personal_data()?;
                Ok((self.target()?, Extra::default()))
            }
            Event::EraseData { confirm: false } => Err(Error::invalid(
                MessageId::EraseNotConfirmed,
                "erasing needs confirm: true",
            )),
            _ => Err(not_here()),
        }
    }

    fn update_onboarding(&self, step: OnboardingStep, event: &Event) -> Result<(Target, Extra)> {
        match (step, event) {
            (_, Event::SetLanguage { language: code }) => {
                let l = language(code)?;
                self.set_interface_language(l)?;
                Ok((self.target()?, Extra::default()))
            }
            (OnboardingStep::Policy, Event::AcceptPolicy {}) => {
                self.give_consent(policy::current())?;
                Ok((self.target()?, Extra::default()))
            }
            (OnboardingStep::Policy, Event::DeclinePolicy {}) => {
                self.erase_personal_data()?;
                Ok((self.target()?, Extra::default()))
            }
            (OnboardingStep::Profile, Event::SubmitProfile(form)) => {
                if form.role.is_none() {
                    return Err(Error::invalid(
                        Message::new(MessageId::RoleUnknown).arg("role", ""),
                        "the profile form needs a role",
                    ));
                }
                let update = update_of(form)?;
                // The profile and the first place (home) commit together.
                let (t, _) = self.go_with(Place::Home, || self.set_profile(update))?;
                Ok((t, Extra::default()))
            }
            (OnboardingStep::Profile, Event::DeclinePolicy {}) => {
                self.erase_personal_data()?;
                Ok((self.target()?, Extra::default()))
            }
            _ => Err(not_here()),
        }
    }

    fn update_at(&self, place: &Place, event: &Event) -> Result<(Target, Extra)> {
        match place {
            Place::Exam { attempt, position } => self.update_exam(attempt, *position, event),
            Place::SubmitConfirmation { attempt, position } => match event {
                Event::ConfirmSubmit {} => {
                    let report = Place::Report {
                        attempt: attempt.clone(),
                    };
                    match self.go_with(report.clone(), || self.submit(attempt)) {
                        Ok((t, _)) => Ok((t, Extra::default())),
                        // Time ran out first: its report (scored as of the deadline).
                        Err(Error::TimeUp | Error::AlreadySubmitted) => self.go(report),
                        Err(e) => Err(e),
                    }
                }
                Event::CancelSubmit {} => self.go(Place::Exam {
                    attempt: attempt.clone(),
                    position: *position,
                }),
                _ => Err(not_here()),
            },
            Place::Report { attempt } => match event {
                Event::OpenReview {
                    attempt: a,
                    filter,
                    section,
                } => self.open_review(a.as_deref().unwrap_or(attempt), filter, section),
                _ => self.update_common(event),
            },
            Place::Review {
                attempt,
                filter,
                section,
                position,
            } => self.update_review(attempt, *filter, section, *position, event),
            Place::Practice { session, index } => self.update_practice(session, *index, event),
            Place::Privacy => self.update_privacy(event),
            Place::Home | Place::Progress => self.update_common(event),
        }
    }

    /// Events home (and the screens that lead back to it) take.
    fn update_common(&self, event: &Event) -> Result<(Target, Extra)> {
        match event {
            Event::Home {} => self.go(Place::Home),
            Event::OpenProgress {} => self.go(Place::Progress),
            Event::OpenPrivacy {} => self.go(Place::Privacy),
            Event::SetLanguage { language: code } => {
                let l = language(code)?;
                self.set_interface_language(l)?;
                Ok((self.target()?, Extra::default()))
            }
            Event::SetDailyMinutes { minutes } => {
                let m = u32::try_from(*minutes).unwrap_or(0);
                self.set_profile(ProfileUpdate {
                    daily_minutes: Some(Some(m)),
                    ..ProfileUpdate::default()
                })?;
                Ok((self.target()?, Extra::default()))
            }
            Event::StartExam {
                blueprint,
                subjects,
                category,
                seed,
                extra_time,
                language: lang,
            } => {
                let profile: Profile = self
                    .user()?
                    .profile()?
                    .unwrap_or_else(|| Profile::empty(Locale::Kk));
                let registry = self.registry();
                let b = registry.get(blueprint)?;
                let subjects = match subjects {
                    Some(s) => s.clone(),
                    None if b.choices.count == 0 => Vec::new(),
                    None => profile.profile_subjects.clone(),
                };
                let locale = match lang {
                    Some(code) => language(code)?,
                    // spec/app.md: chosen per exam, by default the interface language.
                    None => self.interface_language(Some(&profile)),
                };
                let req = StartExam {
                    blueprint: blueprint.clone(),
                    subjects,
                    category: category.clone(),
                    locale,
                    seed: *seed,
                    extra_time: *extra_time,
                };
                drop(registry);
                // The attempt and the exam screen that shows it commit together.
                let id = uuid::Uuid::new_v4().to_string();
                let (t, _) = self.go_with(
                    Place::Exam {
                        attempt: id.clone(),
                        position: 1,
                    },
                    || self.start_exam_with_id(&req, &id),
                )?;
                Ok((t, Extra::default()))
            }
            Event::ContinueExam { attempt } => {
                self.finalize_expired()?;
                let open: Vec<String> = self
                    .user()?
                    .attempts()?
                    .into_iter()
                    .filter(|m| !m.submitted)
                    .map(|m| m.id)
                    .collect();
                let id = match attempt {
                    Some(a) if open.contains(a) => a.clone(),
                    Some(_) | None if open.is_empty() => {
                        return Err(Error::not_found(
                            MessageId::NoUnfinishedExam,
                            "no unfinished exam to continue",
                        ));
                    }
                    Some(a) => {
                        return Err(Error::not_found(
                            MessageId::NoUnfinishedExam,
                            format!("attempt {} is not an unfinished exam", clip(a)),
                        ));
                    }
                    None => open[0].clone(),
                };
                let position = self.first_unanswered(&id)?;
                self.go(Place::Exam {
                    attempt: id,
                    position,
                })
            }
            Event::OpenReport { attempt: Some(a) } => {
                self.report(a)?;
                self.go(Place::Report { attempt: a.clone() })
            }
            Event::OpenReview {
                attempt: Some(a),
                filter,
                section,
            } => self.open_review(a, filter, section),
            Event::StartPractice {
                subject,
                topic,
                mistakes,
                count,
                seed,
            } => self.start_practice_event(subject, topic, *mistakes, *count, *seed),
            _ => Err(not_here()),
        }
    }

    fn update_exam(&self, attempt: &str, position: u32, event: &Event) -> Result<(Target, Extra)> {
        let total = {
            let user = self.user()?;
            self.plan(&user, attempt)?.items.len()
        };
        let at = |p: u32| Place::Exam {
            attempt: attempt.to_string(),
            position: p,
        };
        // An answer, flag or clear on an attempt whose time ran out: the report becomes the
        // place, and the refusal (`time_up`) is shown on it.
        let to_report = |e: Error| -> Result<(Target, Extra)> {
            if matches!(e, Error::TimeUp | Error::AlreadySubmitted) {
                self.go(Place::Report {
                    attempt: attempt.to_string(),
                })?;
            }
            Err(e)
        };
        match event {
            Event::Answer {
                position: p,
                response,
            } => {
                let p = position_in(*p, total)?;
                let r = response_of(response)?;
                match self.go_with(at(p), || self.answer(attempt, p, &r)) {
                    Ok((t, _)) => Ok((t, Extra::default())),
                    Err(e) => to_report(e),
                }
            }
            Event::ClearAnswer { position: p } => {
                let p = position_in(*p, total)?;
                match self.go_with(at(p), || self.clear_answer(attempt, p)) {
                    Ok((t, _)) => Ok((t, Extra::default())),
                    Err(e) => to_report(e),
                }
            }
            Event::Flag {
                position: p,
                flagged,
            } => {
                let p = position_in(*p, total)?;
                match self.go_with(at(p), || self.flag(attempt, p, *flagged)) {
                    Ok((t, _)) => Ok((t, Extra::default())),
                    Err(e) => to_report(e),
                }
            }
            Event::GoTo { position: p } => self.go(at(position_in(*p, total)?)),
            Event::Next {} => self.go(at((position + 1).min(total as u32))),
            Event::Previous {} => self.go(at(position.saturating_sub(1).max(1))),
            Event::SubmitExam {} => {
                if self.finalize_if_expired(attempt)? {
                    return self.go(Place::Report {
                        attempt: attempt.to_string(),
                    });
                }
                self.go(Place::SubmitConfirmation {
                    attempt: attempt.to_string(),
                    position,
                })
            }
            Event::Leave {} => self.go(Place::Home),
            Event::OpenAid { aid } => {
                let registry = self.registry();
                let offered = {
                    let user = self.user()?;
                    let plan = self.plan(&user, attempt)?;
                    registry
                        .get(&plan.blueprint)
                        .map(|b| b.aids.clone())
                        .unwrap_or_default()
                };
                let a = Aid::parse(aid)
                    .filter(|a| offered.iter().any(|o| o == a.code()))
                    .ok_or_else(|| {
                        Error::invalid(
                            Message::new(MessageId::AidNotOffered).arg("aid", clip(aid)),
                            format!("this exam offers no aid \"{}\"", clip(aid)),
                        )
                    })?;
                let profile: Option<Profile> = self.user()?.profile()?;
                let lang = self.interface_language(profile.as_ref());
                Ok((
                    Target::At(at(position)),
                    Extra {
                        aid: Some(Self::aid_view(a, lang)),
                        ..Extra::default()
                    },
                ))
            }
            Event::CloseAid {} => Ok((Target::At(at(position)), Extra::default())),
            Event::Calculate { expression } => {
                let result = evaluate(expression).map_err(|e| {
                    Error::invalid(e.message_id(), "the calculator cannot evaluate this")
                })?;
                Ok((
                    Target::At(at(position)),
                    Extra {
                        aid: Some(AidView::Calculator {
                            expression: expression.chars().take(256).collect(),
                            result: Some(result),
                        }),
                        ..Extra::default()
                    },
                ))
            }
            _ => Err(not_here()),
        }
    }

    fn open_review(
        &self,
        attempt: &str,
        filter: &Option<String>,
        section: &Option<String>,
    ) -> Result<(Target, Extra)> {
        let filter = match filter.as_deref() {
            None => ReviewFilter::All,
            Some(f) => ReviewFilter::parse(f).ok_or_else(|| {
                Error::invalid(
                    Message::new(MessageId::ReviewFilterUnknown).arg("filter", clip(f)),
                    format!("unknown review filter \"{}\"", clip(f)),
                )
            })?,
        };
        let lang = self.interface_language(self.user()?.profile::<Profile>()?.as_ref());
        // Refuses an unknown attempt, an open one or an empty filter before moving.
        let Screen::Review(r) =
            self.review_screen(attempt, filter, section.as_deref(), None, lang)?
        else {
            return Err(not_here());
        };
        self.go(Place::Review {
            attempt: attempt.to_string(),
            filter,
            section: section.clone(),
            position: r.position,
        })
    }

    fn update_review(
        &self,
        attempt: &str,
        filter: ReviewFilter,
        section: &Option<String>,
        position: u32,
        event: &Event,
    ) -> Result<(Target, Extra)> {
        let lang = self.interface_language(self.user()?.profile::<Profile>()?.as_ref());
        let Screen::Review(r) =
            self.review_screen(attempt, filter, section.as_deref(), Some(position), lang)?
        else {
            return Err(not_here());
        };
        let at = |p: u32| Place::Review {
            attempt: attempt.to_string(),
            filter,
            section: section.clone(),
            position: p,
        };
        let i = r.index as usize - 1;
        match event {
            Event::GoTo { position: p } => {
                let p = u32::try_from(*p)
                    .ok()
                    .filter(|p| r.items.iter().any(|c| c.position == *p));
                match p {
                    Some(p) => self.go(at(p)),
                    None => Err(Error::invalid(
                        Message::new(MessageId::PositionOutOfRange)
                            .arg("position", p.map_or(-1, i64::from))
                            .arg("max", r.items.last().map_or(0, |c| c.position)),
                        "that position is not in the review's list",
                    )),
                }
            }
            Event::Next {} => {
                let p = r.items.get(i + 1).map_or(position, |c| c.position);
                self.go(at(p))
            }
            Event::Previous {} => {
                let p = r
                    .items
                    .get(i.saturating_sub(1))
                    .map_or(position, |c| c.position);
                self.go(at(p))
            }
            Event::OpenReview {
                attempt: a,
                filter: f,
                section: s,
            } => self.open_review(a.as_deref().unwrap_or(attempt), f, s),
            Event::OpenReport { attempt: a } => {
                let a = a.clone().unwrap_or_else(|| attempt.to_string());
                self.report(&a)?;
                self.go(Place::Report { attempt: a })
            }
            _ => self.update_common(event),
        }
    }

    fn start_practice_event(
        &self,
        subject: &Option<String>,
        topic: &Option<String>,
        mistakes: bool,
        count: Option<i64>,
        seed: Option<u64>,
    ) -> Result<(Target, Extra)> {
        let profile: Profile = self
            .user()?
            .profile()?
            .unwrap_or_else(|| Profile::empty(Locale::Kk));
        let count = count.unwrap_or(PRACTICE_COUNT);
        let n = u32::try_from(count)
            .ok()
            .filter(|n| (1..=500).contains(n))
            .ok_or_else(|| {
                Error::invalid(
                    Message::new(MessageId::PracticeCountRange)
                        .arg("min", 1)
                        .arg("max", 500),
                    format!("a practice session has 1 to 500 questions, not {count}"),
                )
            })?;
        let session = if mistakes {
            self.start_mistakes_review(self.interface_language(Some(&profile)), n)?
        } else {
            let subject = subject.clone().ok_or_else(|| {
                Error::invalid(
                    Message::new(MessageId::SubjectUnknown).arg("subject", ""),
                    "practice needs a subject",
                )
            })?;
            self.start_practice(&PracticeRequest {
                subject,
                topic: topic.clone(),
                count: n,
                locale: self.interface_language(Some(&profile)),
                exam: match profile.role {
                    Role::Student => Exam::Unt,
                    Role::Teacher => Exam::Pbb,
                },
                seed,
            })?
        };
        self.go(Place::Practice {
            session: session.id,
            index: 0,
        })
    }

    fn update_practice(&self, session: &str, index: u32, event: &Event) -> Result<(Target, Extra)> {
        let at = |i: u32| Place::Practice {
            session: session.to_string(),
            index: i,
        };
        match event {
            Event::PracticeAnswer { response } => {
                let total = self.practice_session(session)?.questions.len() as u32;
                if index >= total {
                    return Err(not_here());
                }
                let r = response_of(response)?;
                let (t, _) =
                    self.go_with(at(index), || self.practice_answer(session, index, &r))?;
                Ok((t, Extra::default()))
            }
            Event::Next {} => {
                let total = self.practice_session(session)?.questions.len() as u32;
                if index >= total {
                    return Err(not_here());
                }
                self.go(at(index + 1))
            }
            _ => self.update_common(event),
        }
    }

    fn update_privacy(&self, event: &Event) -> Result<(Target, Extra)> {
        match event {
            Event::ExportData {} => {
                let export = self.export_personal_data()?;
                Ok((
                    Target::At(Place::Privacy),
                    Extra {
                        export: Some(export),
                        ..Extra::default()
                    },
                ))
            }
            Event::EditProfile(form) => {
                self.set_profile(update_of(form)?)?;
                Ok((Target::At(Place::Privacy), Extra::default()))
            }
            Event::EraseData { confirm: false } => Ok((
                Target::At(Place::Privacy),
                Extra {
                    confirm_erase: true,
                    ..Extra::default()
                },
            )),
            Event::EraseData { confirm: true } => {
                self.erase_personal_data()?;
                Ok((self.target()?, Extra::default()))
            }
            Event::DeclinePolicy {} => {
                // Withdrawing consent erases: nothing may be kept without it.
                self.withdraw_consent()?;
                Ok((self.target()?, Extra::default()))
            }
            _ => self.update_common(event),
        }
    }

    /// The first position of `attempt` without a complete answer (1 when all are answered).
    fn first_unanswered(&self, attempt: &str) -> Result<u32> {
        let profile: Option<Profile> = self.user()?.profile()?;
        let lang = self.interface_language(profile.as_ref());
        match self.exam_screen(attempt, 1, None, lang)? {
            Screen::Exam(e) => Ok(e
                .palette
                .iter()
                .find(|c| !c.answered)
                .map_or(1, |c| c.position)),
            _ => Ok(1),
        }
    }

    /// Stores the interface language (in the profile, created with it when there is none:
    /// a language is no personal datum, and the policy is shown in it).
    fn set_interface_language(&self, l: Locale) -> Result<()> {
        self.set_profile(ProfileUpdate {
            interface_language: Some(l),
            ..ProfileUpdate::default()
        })
        .map(drop)
    }
}
