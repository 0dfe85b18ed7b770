//! The `view` half of the app model: a screen computed from where the user is and the data.
//!
//! Invariants: building a screen reads only (the one exception: an exam whose time ran out is
//! scored, which the clock decided, and the report is shown); display names come in the
//! interface language; an exam screen carries no key (see [`super::screen`]).

use std::collections::{BTreeMap, HashMap};

use super::place::{Place, ReviewFilter};
use super::screen::*;
use crate::Qazstep;
use crate::aids::{periodic, solubility};
use crate::content::{Context, Exam, Locale, LocalizedText, Media, Question, QuestionKind};
use crate::error::{Error, Result};
use crate::exam::ResponseRecord;
use crate::exam::session::{remaining_ms, shown_options, to_shown};
use crate::message::MessageId;
use crate::practice::{PracticePlan, Progress};
use crate::profile::{Profile, Role, policy};
use crate::scoring::{Response, ScoreReport};
use crate::store::bank;
use crate::store::user::AttemptMeta;

/// Names of subjects and topics in the interface language, read once per screen.
pub(super) struct Names {
    lang: Locale,
    subjects: HashMap<String, LocalizedText>,
    topics: HashMap<String, LocalizedText>,
}

impl Names {
    /// The subject's name (its code when unknown).
    pub(super) fn subject(&self, code: &str) -> String {
        self.subjects
            .get(code)
            .map_or_else(|| code.to_string(), |n| n.get(self.lang).to_string())
    }

    fn named_subject(&self, code: &str) -> Named {
        Named {
            code: code.to_string(),
            name: self.subject(code),
        }
    }

    fn topic(&self, id: &str) -> String {
        self.topics
            .get(id)
            .map_or_else(|| id.to_string(), |n| n.get(self.lang).to_string())
    }

    fn choice(&self, subjects: &[String]) -> SubjectChoice {
        SubjectChoice {
            subjects: subjects.to_vec(),
            name: subjects
                .iter()
                .map(|s| self.subject(s))
                .collect::<Vec<_>>()
                .join(" – "),
        }
    }
}

/// Mastery from a tally.
fn mastery(answered: u32, correct: u32) -> Mastery {
    if answered < 3 {
        Mastery::New
    } else if correct * 2 < answered {
        Mastery::Weak
    } else if correct * 5 < answered * 4 {
        Mastery::Fair
    } else {
        Mastery::Strong
    }
}

fn percent(correct: u32, answered: u32) -> u32 {
    if answered == 0 {
        0
    } else {
        ((u64::from(correct) * 100 + u64::from(answered) / 2) / u64::from(answered)) as u32
    }
}

fn media_refs(media: &[Media]) -> Vec<MediaRef> {
    media
        .iter()
        .map(|m| MediaRef {
            sha256: m.sha256.clone(),
            kind: m.kind.clone(),
            alt: m.alt.clone(),
        })
        .collect()
}

fn context_card(c: &Context) -> ContextCard {
    ContextCard {
        title: c.title.clone(),
        text: c.text.clone(),
        media: media_refs(&c.media),
    }
}

/// A question as shown, with `options` in the order shown.
fn question_card(q: &Question, options: Vec<String>, context: Option<&Context>) -> QuestionCard {
    QuestionCard {
        kind: q.kind,
        stem: q.stem.clone(),
        options,
        prompts: q.prompts.clone(),
        context: context.map(context_card),
        media: media_refs(&q.media),
    }
}

/// Role of a profile's exam.
fn exam_of(role: Role) -> Exam {
    match role {
        Role::Student => Exam::Unt,
        Role::Teacher => Exam::Pbb,
    }
}

impl Qazstep {
    /// The names of every subject and topic, in `lang`.
    pub(super) fn names(&self, lang: Locale) -> Result<Names> {
        let conn = self.content();
        Ok(Names {
            lang,
            subjects: bank::subjects(&conn)?
                .into_iter()
                .map(|s| (s.code, s.name))
                .collect(),
            topics: bank::topics(&conn, None)?
                .into_iter()
                .map(|t| (t.id, t.name))
                .collect(),
        })
    }

    /// The names of subjects only (the exam screen needs no topic).
    fn subject_names(&self, lang: Locale) -> Result<Names> {
        Ok(Names {
            lang,
            subjects: bank::subjects(&self.content())?
                .into_iter()
                .map(|s| (s.code, s.name))
                .collect(),
            topics: HashMap::new(),
        })
    }

    /// A blueprint's name in `lang` (its id when the blueprint is gone).
    fn blueprint_name(&self, id: &str, lang: Locale) -> String {
        self.registry()
            .get(id)
            .map_or_else(|_| id.to_string(), |b| b.name.get(lang).to_string())
    }

    /// The policy as the onboarding and privacy screens show it.
    pub(super) fn policy_view(&self, accepted: Option<&str>) -> PolicyView {
        PolicyView {
            version: policy::current().to_string(),
            accepted_version: accepted
                .filter(|v| *v != policy::current())
                .map(str::to_string),
            points: vec![
                MessageId::PolicyCollects,
                MessageId::PolicyPurpose,
                MessageId::PolicySealed,
                MessageId::PolicyNoThirdParties,
                MessageId::PolicyRights,
                MessageId::PolicyChanges,
            ],
            operator_email: policy::OPERATOR_EMAIL.to_string(),
            operator_address: policy::OPERATOR_ADDRESS.to_string(),
            notices: vec![MessageId::NoticeNotOfficial, MessageId::NoticeSources],
        }
    }

    /// The profile form's values and choices.
    pub(super) fn form_view(&self, profile: &Profile, names: &Names) -> Result<ProfileFormView> {
        let registry = self.registry();
        let choices = |exam: Exam| -> Result<Vec<SubjectChoice>> {
            Ok(Self::newest_blueprint(&registry, exam)?
                .choices
                .allowed
                .iter()
                .map(|c| names.choice(c))
                .collect())
        };
        Ok(ProfileFormView {
            role: profile.role,
            name: profile.name.clone(),
            iin_masked: profile.iin.as_ref().map(|i| i.masked()),
            subjects: profile.profile_subjects.clone(),
            exam_date: profile.exam_date.clone(),
            student_choices: choices(Exam::Unt)?,
            teacher_choices: choices(Exam::Pbb)?,
        })
    }

    /// Onboarding at `step`.
    pub(super) fn onboarding_screen(
        &self,
        step: OnboardingStep,
        profile: Option<&Profile>,
        lang: Locale,
    ) -> Result<Screen> {
        let empty = Profile::empty(lang);
        let p = profile.unwrap_or(&empty);
        Ok(Screen::Onboarding(OnboardingScreen {
            error: None,
            step,
            language: lang,
            languages: vec![Locale::Kk, Locale::Ru, Locale::En],
            policy: (step == OnboardingStep::Policy)
                .then(|| self.policy_view(p.consent.as_ref().map(|c| c.policy_version.as_str()))),
            form: match step {
                OnboardingStep::Profile => Some(self.form_view(p, &self.subject_names(lang)?)?),
                _ => None,
            },
        }))
    }

    /// The card of an attempt from its plaintext facts and sealed plan (and result).
    fn attempt_card(&self, meta: &AttemptMeta, names: &Names) -> Result<AttemptCard> {
        let (plan, result) = {
            let user = self.user()?;
            let plan = self.plan(&user, &meta.id)?;
            let result = if meta.submitted {
                user.attempt_result::<ScoreReport>(&meta.id)?
            } else {
                None
            };
            (plan, result)
        };
        Ok(AttemptCard {
            attempt: meta.id.clone(),
            blueprint: plan.blueprint.clone(),
            name: self.blueprint_name(&plan.blueprint, names.lang),
            subjects: plan.chosen.iter().map(|s| names.named_subject(s)).collect(),
            started_at: meta.started_at,
            answered: meta.answered,
            questions: plan.items.len() as u32,
            remaining_seconds: if meta.submitted {
                0
            } else {
                remaining_ms(meta.deadline, self.guard_after(&meta.id, meta.last_seen)) / 1000
            },
            score: result.as_ref().map(|r| r.total),
            max_score: result.as_ref().map(|r| r.max_total),
        })
    }

    /// Topics as cards, weakest first.
    fn topic_cards(&self, progress: &Progress, names: &Names) -> Vec<TopicCard> {
        progress
            .subjects
            .iter()
            .flat_map(|s| {
                s.topics.iter().map(|t| TopicCard {
                    subject: s.subject.clone(),
                    subject_name: names.subject(&s.subject),
                    topic: t.topic.clone(),
                    name: names.topic(&t.topic),
                    answered: t.answered,
                    correct: t.correct,
                    accuracy_percent: percent(t.correct, t.answered),
                    mastery: mastery(t.answered, t.correct),
                })
            })
            .collect()
    }

    /// Home.
    pub(super) fn home_screen(&self, profile: &Profile, lang: Locale) -> Result<Screen> {
        self.finalize_expired()?;
        let names = self.names(lang)?;
        let metas = self.user()?.attempts()?;
        let unfinished = metas
            .iter()
            .find(|m| !m.submitted)
            .map(|m| self.attempt_card(m, &names))
            .transpose()?;
        let recent = metas
            .iter()
            .filter(|m| m.submitted)
            .take(5)
            .map(|m| self.attempt_card(m, &names))
            .collect::<Result<Vec<_>>>()?;
        let progress = self.progress()?;
        let mut weakest: Vec<TopicCard> = self
            .topic_cards(&progress, &names)
            .into_iter()
            .filter(|t| t.answered >= 3)
            .collect();
        weakest.sort_by(|a, b| {
            a.accuracy_percent
                .cmp(&b.accuracy_percent)
                .then(b.answered.cmp(&a.answered))
                .then(a.topic.cmp(&b.topic))
        });
        weakest.truncate(3);
        let exam = exam_of(profile.role);
        let registry = self.registry();
        let mut exams = Vec::new();
        for b in registry.list().into_iter().filter(|b| b.exam == exam) {
            let subjects = if b.choices.count == 0 {
                Vec::new()
            } else if b.choices.find(&profile.profile_subjects).is_some() {
                profile.profile_subjects.clone()
            } else {
                b.choices.allowed.first().cloned().unwrap_or_default()
            };
            exams.push(ExamEntry {
                blueprint: b.id.clone(),
                name: b.name.get(lang).to_string(),
                exam: b.exam,
                year: b.year,
                questions: b
                    .sections
                    .iter()
                    .flat_map(|s| &s.slots)
                    .map(|s| s.items())
                    .sum(),
                minutes: b.duration_minutes_for(&subjects),
                extra_minutes: b.extra_minutes,
                choices: b.choices.allowed.iter().map(|c| names.choice(c)).collect(),
                subjects,
                categories: b
                    .thresholds
                    .iter()
                    .filter(|_| b.exam == Exam::Pbb)
                    .map(|t| Named {
                        code: t.id.clone(),
                        name: t.name.get(lang).to_string(),
                    })
                    .collect(),
                languages: b.languages.clone(),
                aids: b.aids.clone(),
            });
        }
        exams.sort_by(|a, b| b.year.cmp(&a.year).then(a.blueprint.cmp(&b.blueprint)));
        let counts = bank::subject_counts(&self.content(), exam, lang)?;
        let practice = counts
            .into_iter()
            .map(|(subject, questions)| PracticeEntry {
                name: names.subject(&subject),
                subject,
                questions,
            })
            .collect();
        let mistakes = self.user()?.mistakes()?.len() as u32;
        Ok(Screen::Home(HomeScreen {
            error: None,
            name: profile.name.clone(),
            role: profile.role,
            exam,
            exam_date: profile.exam_date.clone(),
            days_to_exam: profile.exam_day().map(|d| d.days_from(self.now())),
            daily_minutes: profile.daily_minutes,
            unfinished,
            recent,
            weakest_topics: weakest,
            exams,
            practice,
            mistakes,
        }))
    }

    /// The questions of matching items of `plan` with the number of their prompts, from the
    /// keys cache or the bank (their keys are cached then): what the palette needs to tell a
    /// complete matching answer from a partial one.
    fn matching_prompts(
        &self,
        attempt: &str,
        plan: &crate::exam::AttemptPlan,
        records: &BTreeMap<u32, ResponseRecord>,
    ) -> Result<HashMap<u32, u32>> {
        let mut out = HashMap::new();
        for (pos, rec) in records {
            if let Some(Response::Matching(_)) = &rec.response
                && let Ok(item) = plan.item(*pos)
            {
                let key = self.item_key(attempt, plan, item)?;
                out.insert(*pos, key.prompts);
            }
        }
        Ok(out)
    }

    /// The exam at `position`, or the report when its time ran out (scored now if it was not).
    pub(super) fn exam_screen(
        &self,
        attempt: &str,
        position: u32,
        aid: Option<AidView>,
        lang: Locale,
    ) -> Result<Screen> {
        if self.finalize_if_expired(attempt)? {
            return self.report_screen(attempt, lang);
        }
        let plan = {
            let user = self.user()?;
            self.plan(&user, attempt)?
        };
        let item = plan.item(position)?;
        let (question, context) = {
            let conn = self.content();
            let q = bank::questions_by_ids(&conn, std::slice::from_ref(&item.question))?
                .pop()
                .ok_or_else(|| Error::Internal("an attempt's question is gone".into()))?;
            let c = match &item.context {
                Some(id) => bank::contexts_by_ids(&conn, std::slice::from_ref(id))?.pop(),
                None => None,
            };
            (q, c)
        };
        self.keep_keys(
            attempt,
            plan.items.len(),
            std::slice::from_ref(item),
            std::slice::from_ref(&question),
        );
        let (meta, records) = {
            let mut user = self.user()?;
            let meta = user.attempt_meta(attempt)?;
            let records = self.records(&user, attempt)?;
            // A view never writes the clock guard (answers and `pause` do).
            let _ = self.guarded_now(&mut user, &meta, false)?;
            (meta, records)
        };
        let guarded = self.guard_after(attempt, meta.last_seen);
        let prompts = self.matching_prompts(attempt, &plan, &records)?;
        let registry = self.registry();
        let blueprint = registry.get(&plan.blueprint).ok();
        let names = self.subject_names(lang)?;
        let state = |pos: u32| -> (bool, bool, bool) {
            let Some(rec) = records.get(&pos) else {
                return (false, false, false);
            };
            let complete = match &rec.response {
                None => false,
                Some(Response::Choice(v)) => !v.is_empty(),
                Some(r @ Response::Matching(_)) => {
                    let n = prompts.get(&pos).copied().unwrap_or(u32::MAX);
                    r.is_complete(&crate::scoring::ItemKey {
                        kind: QuestionKind::Matching,
                        options: 0,
                        prompts: n,
                        correct: Vec::new(),
                    })
                }
            };
            (complete, rec.flagged, rec.response.is_some() && !complete)
        };
        let palette: Vec<PaletteCell> = plan
            .items
            .iter()
            .map(|i| {
                let (answered, flagged, partial) = state(i.position);
                PaletteCell {
                    position: i.position,
                    section: i.section.clone(),
                    answered,
                    flagged,
                    partial,
                }
            })
            .collect();
        let sections = plan
            .sections
            .iter()
            .map(|s| {
                let cells: Vec<&PaletteCell> =
                    palette.iter().filter(|c| c.section == s.id).collect();
                SectionTab {
                    section: s.id.clone(),
                    name: s
                        .name
                        .as_ref()
                        .map_or_else(|| names.subject(&s.subject), |n| n.get(lang).to_string()),
                    first: cells.first().map_or(0, |c| c.position),
                    count: cells.len() as u32,
                    answered: cells.iter().filter(|c| c.answered).count() as u32,
                }
            })
            .collect();
        let rec = records.get(&position);
        Ok(Screen::Exam(ExamScreen {
            error: None,
            attempt: attempt.to_string(),
            blueprint: plan.blueprint.clone(),
            name: blueprint
                .map_or_else(|| plan.blueprint.clone(), |b| b.name.get(lang).to_string()),
            language: plan.locale,
            sections,
            section: item.section.clone(),
            position,
            total: plan.items.len() as u32,
            question: question_card(&question, shown_options(item, &question), context.as_ref()),
            response: rec
                .and_then(|r| r.response.as_ref())
                .map(|r| to_shown(item, r)),
            flagged: rec.is_some_and(|r| r.flagged),
            answered_count: palette.iter().filter(|c| c.answered).count() as u32,
            flagged_count: palette.iter().filter(|c| c.flagged).count() as u32,
            palette,
            deadline: meta.deadline,
            remaining_seconds: remaining_ms(meta.deadline, guarded) / 1000,
            aids: blueprint.map(|b| b.aids.clone()).unwrap_or_default(),
            aid,
        }))
    }

    /// The confirmation before submitting (or the report when time ran out meanwhile).
    pub(super) fn confirmation_screen(&self, attempt: &str, lang: Locale) -> Result<Screen> {
        let Screen::Exam(exam) = self.exam_screen(attempt, 1, None, lang)? else {
            return self.report_screen(attempt, lang);
        };
        let partial = exam.palette.iter().filter(|c| c.partial).count() as u32;
        Ok(Screen::SubmitConfirmation(SubmitConfirmationScreen {
            error: None,
            attempt: exam.attempt,
            total: exam.total,
            answered: exam.answered_count,
            unanswered: exam.total - exam.answered_count,
            partial,
            flagged_count: exam.flagged_count,
            deadline: exam.deadline,
            remaining_seconds: exam.remaining_seconds,
        }))
    }

    /// The score report of a submitted attempt.
    pub(super) fn report_screen(&self, attempt: &str, lang: Locale) -> Result<Screen> {
        let report = self.report(attempt)?;
        let (plan, meta) = {
            let user = self.user()?;
            (self.plan(&user, attempt)?, user.attempt_meta(attempt)?)
        };
        let names = self.subject_names(lang)?;
        let registry = self.registry();
        let blueprint = registry.get(&plan.blueprint).ok();
        let threshold_name = |id: &str| -> String {
            blueprint
                .and_then(|b| b.thresholds.iter().find(|t| t.id == id))
                .map_or_else(|| id.to_string(), |t| t.name.get(lang).to_string())
        };
        let section_name = |id: &str| -> String {
            plan.sections.iter().find(|s| s.id == id).map_or_else(
                || names.subject(id),
                |s| {
                    s.name
                        .as_ref()
                        .map_or_else(|| names.subject(&s.subject), |n| n.get(lang).to_string())
                },
            )
        };
        let thresholds: Vec<ThresholdView> = report
            .thresholds
            .iter()
            .map(|t| ThresholdView {
                id: t.id.clone(),
                name: threshold_name(&t.id),
                min_total: t.min_total,
                met: t.met,
            })
            .collect();
        // ПББ: the highest category met (of equal minimums, the first in the blueprint).
        let category_reached = (plan.exam == Exam::Pbb)
            .then(|| {
                thresholds
                    .iter()
                    .filter(|t| t.met)
                    .fold(None::<&ThresholdView>, |best, t| match best {
                        Some(b) if b.min_total >= t.min_total => Some(b),
                        _ => Some(t),
                    })
            })
            .flatten()
            .map(|t| Named {
                code: t.id.clone(),
                name: t.name.clone(),
            });
        Ok(Screen::Report(ReportScreen {
            error: None,
            attempt: attempt.to_string(),
            blueprint: plan.blueprint.clone(),
            name: blueprint
                .map_or_else(|| plan.blueprint.clone(), |b| b.name.get(lang).to_string()),
            exam: plan.exam,
            subjects: plan.chosen.iter().map(|s| names.named_subject(s)).collect(),
            auto_submitted: meta.submitted_at == Some(meta.deadline),
            report: ReportView {
                total: report.total,
                max_total: report.max_total,
                sections: report
                    .sections
                    .iter()
                    .map(|s| SectionResult {
                        section: s.section.clone(),
                        name: section_name(&s.section),
                        score: s.score,
                        max: s.max,
                        min_required: s.min_required,
                        passed: s.passed,
                    })
                    .collect(),
                thresholds,
            },
            category_reached,
            category_target: plan.category.as_ref().map(|c| Named {
                code: c.clone(),
                name: threshold_name(c),
            }),
        }))
    }

    /// The positions of a submitted attempt that `filter` (and `section`) list, with what a
    /// review cell shows; `Err` with `review_nothing` when none.
    pub(super) fn review_screen(
        &self,
        attempt: &str,
        filter: ReviewFilter,
        section: Option<&str>,
        position: Option<u32>,
        lang: Locale,
    ) -> Result<Screen> {
        let review = self.review(attempt)?;
        let (plan, records) = {
            let user = self.user()?;
            (self.plan(&user, attempt)?, self.records(&user, attempt)?)
        };
        let names = self.names(lang)?;
        let flagged = |pos: u32| records.get(&pos).is_some_and(|r| r.flagged);
        let items: Vec<ReviewCell> = review
            .items
            .iter()
            .filter(|i| section.is_none_or(|s| i.section == s))
            .filter(|i| match filter {
                ReviewFilter::All => true,
                ReviewFilter::Wrong => i.points < i.max_points,
                ReviewFilter::Flagged => flagged(i.position),
            })
            .map(|i| ReviewCell {
                position: i.position,
                section: i.section.clone(),
                points: i.points,
                max_points: i.max_points,
                answered: i.response.is_some(),
                flagged: flagged(i.position),
            })
            .collect();
        let Some(first) = items.first() else {
            return Err(Error::not_found(
                MessageId::ReviewNothing,
                "no question of this attempt matches the review filter",
            ));
        };
        let position = position
            .filter(|p| items.iter().any(|c| c.position == *p))
            .unwrap_or(first.position);
        let index = items
            .iter()
            .position(|c| c.position == position)
            .unwrap_or(0);
        let item = review
            .items
            .iter()
            .find(|i| i.position == position)
            .ok_or_else(|| Error::Internal("a reviewed position is gone".into()))?;
        let section_name = |id: &str| -> String {
            plan.sections
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| s.name.as_ref().map(|n| n.get(lang).to_string()))
                .unwrap_or_else(|| {
                    plan.sections
                        .iter()
                        .find(|s| s.id == id)
                        .map_or_else(|| id.to_string(), |s| names.subject(&s.subject))
                })
        };
        let media = {
            let planned = plan.item(position)?;
            let conn = self.content();
            let q = bank::questions_by_ids(&conn, std::slice::from_ref(&planned.question))?.pop();
            let c = match &planned.context {
                Some(id) => bank::contexts_by_ids(&conn, std::slice::from_ref(id))?.pop(),
                None => None,
            };
            (q.map(|q| media_refs(&q.media)).unwrap_or_default(), c)
        };
        Ok(Screen::Review(ReviewScreen {
            error: None,
            attempt: attempt.to_string(),
            name: self.blueprint_name(&plan.blueprint, lang),
            filter,
            section: section.map(str::to_string),
            sections: plan
                .sections
                .iter()
                .map(|s| Named {
                    code: s.id.clone(),
                    name: section_name(&s.id),
                })
                .collect(),
            position,
            index: index as u32 + 1,
            item: ReviewItemCard {
                position,
                section: item.section.clone(),
                section_name: section_name(&item.section),
                topic: item.topic.clone(),
                topic_name: names.topic(&item.topic),
                question: QuestionCard {
                    kind: item.kind,
                    stem: item.stem.clone(),
                    options: item.options.clone(),
                    prompts: item.prompts.clone(),
                    context: media.1.as_ref().map(context_card),
                    media: media.0,
                },
                response: item.response.clone(),
                correct: item.correct.clone(),
                points: item.points,
                max_points: item.max_points,
                explanation: item.explanation.clone(),
                source: item.source.clone(),
                flagged: flagged(position),
            },
            items,
        }))
    }

    /// A practice session at `index` (its length: done).
    pub(super) fn practice_screen(
        &self,
        session: &str,
        index: u32,
        lang: Locale,
    ) -> Result<Screen> {
        let plan: PracticePlan = self.user()?.practice(session)?;
        let names = self.names(lang)?;
        let total = plan.items.len() as u32;
        let answered_count = plan.items.iter().filter(|i| i.answered.is_some()).count() as u32;
        let correct_count = plan
            .items
            .iter()
            .filter(|i| i.answered == Some(true))
            .count() as u32;
        let mut screen = PracticeScreen {
            error: None,
            session: session.to_string(),
            subject: plan.subject.as_ref().map(|s| names.named_subject(s)),
            topic: plan.topic.as_ref().map(|t| Named {
                code: t.clone(),
                name: names.topic(t),
            }),
            mistakes: plan.mistakes,
            position: (index + 1).min(total),
            total,
            question: None,
            response: None,
            feedback: None,
            answered_count,
            correct_count,
            finished: index >= total,
        };
        let Some(item) = plan.items.get(index as usize) else {
            return Ok(Screen::Practice(screen));
        };
        let (q, context) = {
            let conn = self.content();
            let q = bank::questions_by_ids(&conn, std::slice::from_ref(&item.question))?
                .pop()
                .ok_or_else(|| Error::Internal("a practice question is gone".into()))?;
            let c = match &q.context {
                Some(id) => bank::contexts_by_ids(&conn, std::slice::from_ref(id))?.pop(),
                None => None,
            };
            (q, c)
        };
        screen.question = Some(question_card(&q, q.options.clone(), context.as_ref()));
        if let Some(r) = &item.response {
            let fb = self.practice_feedback(&q, r)?;
            screen.response = Some(r.clone());
            screen.feedback = Some(fb);
        }
        Ok(Screen::Practice(screen))
    }

    /// The feedback on `response` to `q` (what `practice_answer` tells).
    fn practice_feedback(&self, q: &Question, response: &Response) -> Result<FeedbackCard> {
        let key = crate::exam::session::item_key(q);
        let registry = self.registry();
        let blueprint = Self::newest_blueprint(&registry, q.exam)?;
        let points = crate::scoring::score_item(blueprint, &key, Some(response), None);
        let max_points = blueprint.points_for_kind(q.kind);
        Ok(FeedbackCard {
            correct: points == max_points && crate::scoring::mistakes(&key, response) == Some(0),
            points,
            max_points,
            key: crate::exam::session::pack_key(q),
            explanation: q.explanation.clone(),
            source: q.source.clone(),
        })
    }

    /// Progress.
    pub(super) fn progress_screen(&self, lang: Locale) -> Result<Screen> {
        self.finalize_expired()?;
        let names = self.names(lang)?;
        let progress = self.progress()?;
        let topics = self.topic_cards(&progress, &names);
        let subjects = progress
            .subjects
            .iter()
            .map(|s| SubjectCard {
                subject: s.subject.clone(),
                name: names.subject(&s.subject),
                answered: s.answered,
                correct: s.correct,
                accuracy_percent: percent(s.correct, s.answered),
                mastery: mastery(s.answered, s.correct),
                topics: topics
                    .iter()
                    .filter(|t| t.subject == s.subject)
                    .cloned()
                    .collect(),
            })
            .collect();
        let metas = self.user()?.attempts()?;
        let mut trend = metas
            .iter()
            .filter(|m| m.submitted)
            .map(|m| self.attempt_card(m, &names))
            .collect::<Result<Vec<_>>>()?;
        trend.reverse();
        Ok(Screen::Progress(ProgressScreen {
            error: None,
            answered: progress.answered,
            correct: progress.correct,
            accuracy_percent: percent(progress.correct, progress.answered),
            subjects,
            trend,
        }))
    }

    /// Privacy.
    pub(super) fn privacy_screen(
        &self,
        profile: &Profile,
        lang: Locale,
        export: Option<String>,
        confirm_erase: bool,
    ) -> Result<Screen> {
        let names = self.subject_names(lang)?;
        let (attempts, practice_sessions, answers) = {
            let user = self.user()?;
            (
                user.attempts()?.len() as u32,
                user.practice_ids()?.len() as u32,
                user.tallies()?.progress().answered,
            )
        };
        let consent = profile.consent.clone().map(|c| c.normalized());
        Ok(Screen::Privacy(PrivacyScreen {
            error: None,
            profile: self.form_view(profile, &names)?,
            daily_minutes: profile.daily_minutes,
            interface_language: lang,
            exam_language: profile.exam_language,
            policy: self.policy_view(consent.as_ref().map(|c| c.policy_version.as_str())),
            consent: consent.map(|c| ConsentView {
                version: c.policy_version,
                accepted_at: c.accepted_at,
            }),
            stored: StoredCounts {
                attempts,
                practice_sessions,
                answers,
            },
            export,
            confirm_erase,
        }))
    }

    /// The aid `aid` as the exam shows it, in `lang`.
    pub(super) fn aid_view(aid: crate::aids::Aid, lang: Locale) -> AidView {
        match aid {
            crate::aids::Aid::Calculator => AidView::Calculator {
                expression: String::new(),
                result: None,
            },
            crate::aids::Aid::PeriodicTable => AidView::PeriodicTable {
                elements: periodic::ELEMENTS
                    .iter()
                    .map(|e| ElementCard {
                        number: u32::from(e.number),
                        symbol: e.symbol.to_string(),
                        name: match lang {
                            Locale::Kk => e.name_kk,
                            Locale::Ru => e.name_ru,
                            Locale::En => e.name_en,
                        }
                        .to_string(),
                        mass: e.mass.to_string(),
                        period: u32::from(e.period),
                        group: u32::from(e.group),
                        series: match e.series {
                            periodic::Series::Main => "main",
                            periodic::Series::Lanthanide => "lanthanide",
                            periodic::Series::Actinide => "actinide",
                        }
                        .to_string(),
                    })
                    .collect(),
            },
            crate::aids::Aid::SolubilityTable => AidView::SolubilityTable {
                cations: solubility::CATIONS.iter().map(|c| c.to_string()).collect(),
                anions: solubility::ANIONS.iter().map(|a| a.to_string()).collect(),
                cells: solubility::TABLE
                    .iter()
                    .map(|row| {
                        row.iter()
                            .map(|c| {
                                match c {
                                    solubility::Solubility::Soluble => "soluble",
                                    solubility::Solubility::SlightlySoluble => "slightly_soluble",
                                    solubility::Solubility::Insoluble => "insoluble",
                                    solubility::Solubility::Decomposes => "decomposes",
                                }
                                .to_string()
                            })
                            .collect()
                    })
                    .collect(),
            },
        }
    }

    /// Recovery.
    pub(super) fn recovery_screen(why: crate::Unavailable) -> Screen {
        use crate::Unavailable as U;
        Screen::Recovery(RecoveryScreen {
            error: None,
            reason: match why {
                U::KeyUnavailable => RecoveryReason::KeyUnavailable,
                U::KeyLost => RecoveryReason::KeyLost,
                U::Damaged => RecoveryReason::Damaged,
                U::TooNew => RecoveryReason::TooNew,
            },
            file: crate::USER_DB.to_string(),
            can_retry: matches!(why, U::KeyUnavailable | U::TooNew),
            can_erase: matches!(why, U::KeyLost | U::Damaged),
            records: Vec::new(),
            can_remove: false,
        })
    }

    /// Recovery from records that do not open in an open store: what was lost, and its
    /// removal. `None` when every record opens (the damage was elsewhere).
    pub(super) fn damaged_records_screen(&self) -> Option<Screen> {
        let records = self.damaged_records().ok()?;
        if records.is_empty() {
            return None;
        }
        Some(Screen::Recovery(RecoveryScreen {
            error: None,
            reason: RecoveryReason::Damaged,
            file: crate::USER_DB.to_string(),
            can_retry: false,
            can_erase: false,
            records,
            can_remove: true,
        }))
    }

    /// The screen of a stored place (`Home` when what it names is gone).
    pub(super) fn place_screen(
        &self,
        place: &Place,
        profile: &Profile,
        lang: Locale,
        extra: super::Extra,
    ) -> Result<Screen> {
        match place {
            Place::Home => self.home_screen(profile, lang),
            Place::Exam { attempt, position } => {
                self.exam_screen(attempt, *position, extra.aid, lang)
            }
            Place::SubmitConfirmation { attempt, .. } => self.confirmation_screen(attempt, lang),
            Place::Report { attempt } => self.report_screen(attempt, lang),
            Place::Review {
                attempt,
                filter,
                section,
                position,
            } => self.review_screen(attempt, *filter, section.as_deref(), Some(*position), lang),
            Place::Practice { session, index } => self.practice_screen(session, *index, lang),
            Place::Progress => self.progress_screen(lang),
            Place::Privacy => self.privacy_screen(profile, lang, extra.export, extra.confirm_erase),
        }
    }
}
