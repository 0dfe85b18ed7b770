//! Mock exams: start, the attempt's views, answers, the clock, submission, report, review.

use super::*;
use crate::store::user::AttemptMeta;

/// How far this process's clock guard of an attempt may run ahead of the stored one before a
/// view of the clock stores it (a minute).
pub const GUARD_SAVE_MS: i64 = 60_000;

impl Qazstep {
    fn resolve(&self, blueprint: &Blueprint, req: &StartExam) -> Result<Vec<ResolvedSection>> {
        if !blueprint.languages.contains(&req.locale) {
            let held: Vec<&str> = blueprint.languages.iter().map(|l| l.code()).collect();
            return Err(Error::invalid(
                Message::new(MessageId::ExamLanguageNotHeld)
                    .arg("blueprint", &blueprint.id)
                    .arg("languages", held.join(", "))
                    .arg("language", req.locale.code()),
                format!(
                    "{} is held in {} only, not in {}",
                    blueprint.id,
                    held.join(", "),
                    req.locale.code()
                ),
            ));
        }
        let sections = blueprint.resolve_sections(&req.subjects)?;
        if let Some(cat) = &req.category
            && !blueprint.thresholds.iter().any(|t| &t.id == cat)
        {
            let ids: Vec<&str> = blueprint.thresholds.iter().map(|t| t.id.as_str()).collect();
            return Err(Error::invalid(
                Message::new(MessageId::CategoryUnknown)
                    .arg("category", cat)
                    .arg("blueprint", &blueprint.id),
                format!(
                    "unknown category \"{cat}\" for {}; known: {}",
                    blueprint.id,
                    ids.join(", ")
                ),
            ));
        }
        Ok(sections)
    }

    /// `last_seen` of the whole history, from the cache or the sealed summary (the caller holds
    /// the user lock, so no append can slip between the read and the caching).
    pub(super) fn last_seen(&self, user: &UserDb) -> Result<Arc<HashMap<String, i64>>> {
        let mut cache = lock(&self.seen);
        if let Some(seen) = cache.as_ref() {
            return Ok(seen.clone());
        }
        let seen = Arc::new(user.last_seen()?);
        *cache = Some(seen.clone());
        Ok(seen)
    }

    /// Folds just-committed history `events` into the cached `last_seen` (the caller still
    /// holds the user lock it appended them under).
    pub(super) fn note_seen(&self, events: &[AnswerEvent]) {
        if let Some(seen) = lock(&self.seen).as_mut() {
            let seen = Arc::make_mut(seen);
            for e in events {
                for key in [Some(&e.question), e.group.as_ref()].into_iter().flatten() {
                    practice::summary::merge_seen(seen, key, e.at);
                }
            }
        }
    }

    /// Assembles and starts a mock exam. Nothing is stored when the blueprint, the subjects or
    /// the bank do not allow it.
    pub fn start_exam(&self, req: &StartExam) -> Result<AttemptSummary> {
        self.start_exam_with_id(req, &uuid::Uuid::new_v4().to_string())
    }

    /// [`Qazstep::start_exam`] with the attempt id chosen by the caller (the app model names
    /// the attempt in the place it stages with the attempt's insert).
    pub(crate) fn start_exam_with_id(&self, req: &StartExam, id: &str) -> Result<AttemptSummary> {
        let registry = self.registry();
        let blueprint = registry.get(&req.blueprint)?;
        let sections = self.resolve(blueprint, req)?;
        let bank_questions = self.question_refs(blueprint.exam, req.locale)?;
        let now = self.now();
        let mut user = self.user()?;
        // From the sealed history summary, not the events (practice::summary), keyed by
        // question id or translation group: a twin in another language counts as seen.
        let seen = self.last_seen(&user)?;
        let seed = req.seed.unwrap_or_else(random_seed);
        let items = assemble(&AssemblyInput {
            blueprint,
            sections: &sections,
            exam: blueprint.exam,
            locale: req.locale,
            seed,
            bank: &bank_questions,
            last_seen: seen.as_ref(),
        })?;
        let minutes = blueprint.duration_minutes_for(&req.subjects)
            + if req.extra_time {
                blueprint.extra_minutes
            } else {
                0
            };
        let deadline = now + i64::from(minutes) * 60_000;
        let plan = AttemptPlan {
            blueprint: blueprint.id.clone(),
            revision: blueprint.revision,
            exam: blueprint.exam,
            locale: req.locale,
            chosen: req.subjects.clone(),
            category: req.category.clone(),
            seed,
            extra_time: req.extra_time,
            sections: sections
                .iter()
                .map(|s| PlannedSection {
                    id: s.id.clone(),
                    subject: s.subject.clone(),
                    name: s.name.clone(),
                    min_points: s.min_points,
                })
                .collect(),
            items,
        };
        let id = id.to_string();
        user.insert_attempt(&id, &plan, now, deadline)?;
        let summary = AttemptSummary {
            attempt: id.clone(),
            blueprint: plan.blueprint.clone(),
            subjects: plan.chosen.clone(),
            questions: plan.items.len() as u32,
            answered: 0,
            started_at: now,
            deadline,
            remaining_seconds: remaining_ms(deadline, now) / 1000,
            submitted: false,
            total: None,
            max_total: None,
            damaged: false,
        };
        lock(&self.plans).insert(id, Arc::new(plan));
        Ok(summary)
    }

    pub(crate) fn plan(&self, user: &UserDb, id: &str) -> Result<Arc<AttemptPlan>> {
        if let Some(p) = lock(&self.plans).get(id) {
            return Ok(p.clone());
        }
        let plan: Arc<AttemptPlan> = Arc::new(user.attempt_plan(id)?);
        lock(&self.plans).insert(id.to_string(), plan.clone());
        Ok(plan)
    }

    /// Keeps the answer keys of `questions` (those of `items`, same order) of an attempt with
    /// `len` items, so the taps that follow are validated without fetching their question.
    pub(crate) fn keep_keys(
        &self,
        id: &str,
        len: usize,
        items: &[PlannedItem],
        questions: &[Question],
    ) {
        let mut keys = lock(&self.keys);
        let slots = keys
            .entry(id.to_string())
            .or_insert_with(|| vec![None; len]);
        for (item, q) in items.iter().zip(questions) {
            if let Some(slot) = slots.get_mut(item.position as usize - 1) {
                slot.get_or_insert_with(|| item_key(q));
            }
        }
    }

    /// The answer key of `item` of attempt `id`: cached by the view that showed it, else its
    /// question alone is fetched (one point lookup) and cached; cleared on import.
    pub(crate) fn item_key(
        &self,
        id: &str,
        plan: &AttemptPlan,
        item: &PlannedItem,
    ) -> Result<ItemKey> {
        let cached = lock(&self.keys)
            .get(id)
            .and_then(|k| k.get(item.position as usize - 1).cloned().flatten());
        if let Some(key) = cached {
            return Ok(key);
        }
        let questions = {
            let content = lock(&self.content);
            bank::questions_by_ids(&content, std::slice::from_ref(&item.question))?
        };
        self.keep_keys(id, plan.items.len(), std::slice::from_ref(item), &questions);
        questions
            .first()
            .map(item_key)
            .ok_or_else(|| Error::Internal("an attempt's keys do not match its plan".into()))
    }

    /// The questions of `items` (same order) and the contexts they share, by context id.
    pub(crate) fn questions_of(
        &self,
        items: &[PlannedItem],
    ) -> Result<(Vec<Question>, HashMap<String, ContextView>)> {
        let content = lock(&self.content);
        let ids: Vec<String> = items.iter().map(|i| i.question.clone()).collect();
        let questions = bank::questions_by_ids(&content, &ids)?;
        let mut ctx_ids: Vec<String> = items.iter().filter_map(|i| i.context.clone()).collect();
        ctx_ids.sort_unstable();
        ctx_ids.dedup();
        let contexts = bank::contexts_by_ids(&content, &ctx_ids)?
            .iter()
            .map(|c| (c.id.clone(), ContextView::from(c)))
            .collect();
        Ok((questions, contexts))
    }

    /// Scores and closes an active attempt (caller holds both locks' worth of data).
    fn close_attempt(
        &self,
        user: &mut UserDb,
        id: &str,
        plan: &AttemptPlan,
        questions: &[Question],
        at: i64,
    ) -> Result<ScoreReport> {
        let registry = self.registry();
        let blueprint = registry.get(&plan.blueprint)?;
        let records = records_by_position(user.responses::<ResponseRecord>(id)?);
        let mut items = Vec::with_capacity(plan.items.len());
        let mut events = Vec::with_capacity(plan.items.len());
        for (item, q) in plan.items.iter().zip(questions) {
            let response = records.get(&item.position).and_then(|r| r.response.clone());
            let key = item_key(q);
            let points =
                scoring::score_item(blueprint, &key, response.as_ref(), Some(item.max_points));
            events.push(AnswerEvent {
                question: q.id.clone(),
                group: q.group.clone(),
                subject: q.subject.clone(),
                topic: q.topic.clone(),
                kind: q.kind,
                points,
                max_points: item.max_points,
                correct: points == item.max_points,
                at,
                origin: Origin::Exam,
                response: response.clone(),
            });
            items.push(ItemToScore {
                position: item.position,
                section: item.section.clone(),
                key,
                response,
                max_points: item.max_points,
            });
        }
        let sections: Vec<ResolvedSection> = plan
            .sections
            .iter()
            .map(|s| ResolvedSection {
                id: s.id.clone(),
                subject: s.subject.clone(),
                name: s.name.clone(),
                min_points: s.min_points,
                slots: Vec::new(),
            })
            .collect();
        let report = scoring::score(blueprint, &sections, &items);
        user.submit_attempt(id, &report, &events, at)?;
        self.note_seen(&events);
        // An idle moment for the student: move the attempt's WAL pages into the main file here,
        // never on the answer path (user.db runs with wal_autocheckpoint = 0).
        user.checkpoint()?;
        Ok(report)
    }

    /// The attempt's guarded time: the latest of now, its stored clock guard and the one this
    /// process saw. With `save`, the guard is stored when it is [`GUARD_SAVE_MS`] or more ahead
    /// of the stored one (a view of the clock writes about once a minute, never on every call);
    /// without, nothing is written (a `tick`).
    pub(crate) fn guarded_now(
        &self,
        user: &mut UserDb,
        meta: &AttemptMeta,
        save: bool,
    ) -> Result<i64> {
        let g = self.guard_after(&meta.id, meta.last_seen);
        if save && g - meta.last_seen >= GUARD_SAVE_MS {
            user.touch_attempt(&meta.id, g)?;
        }
        Ok(g)
    }

    /// Folds now and `stored` into this process's guard of attempt `id`; returns it.
    pub(crate) fn guard_after(&self, id: &str, stored: i64) -> i64 {
        let now = self.now();
        let mut guards = lock(&self.guards);
        let g = guards.entry(id.to_string()).or_insert(stored);
        *g = (*g).max(now).max(stored);
        *g
    }

    /// Stores the clock guard of every open attempt and checkpoints the personal store: what a
    /// shell calls when the app goes to the background (`pause`).
    pub fn pause(&self) -> Result<()> {
        let mut user = self.user()?;
        for meta in user.attempts()?.into_iter().filter(|m| !m.submitted) {
            let g = self.guard_after(&meta.id, meta.last_seen);
            if g > meta.last_seen {
                user.touch_attempt(&meta.id, g)?;
            }
        }
        user.checkpoint()
    }

    /// Scores every active attempt whose deadline has passed (the app may have been dead).
    pub(crate) fn finalize_expired(&self) -> Result<()> {
        let now = self.now();
        let expired: Vec<String> = {
            let user = self.user()?;
            user.attempts()?
                .into_iter()
                .filter(|a| {
                    !a.submitted && a.deadline <= self.guard_after(&a.id, a.last_seen).max(now)
                })
                .map(|a| a.id)
                .collect()
        };
        for id in expired {
            match self.finalize_if_expired(&id) {
                // A damaged attempt stays as it is (listed as damaged, to be removed); the
                // others are scored.
                Ok(_) | Err(Error::DataCorrupted { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// If the attempt's time is up and it is still open, scores it. Returns whether it is
    /// (now) submitted.
    pub(crate) fn finalize_if_expired(&self, id: &str) -> Result<bool> {
        let plan = {
            let user = self.user()?;
            let meta = user.attempt_meta(id)?;
            if meta.submitted {
                return Ok(true);
            }
            if meta.deadline > self.guard_after(id, meta.last_seen) {
                return Ok(false);
            }
            self.plan(&user, id)?
        };
        let (questions, _) = self.questions_of(&plan.items)?;
        let mut user = self.user()?;
        let meta = user.attempt_meta(id)?;
        if meta.submitted {
            return Ok(true);
        }
        // Scored as of the deadline: nothing after it counts.
        self.close_attempt(&mut user, id, &plan, &questions, meta.deadline)?;
        Ok(true)
    }

    /// Now, or this process's guard of attempt `id` if the wall clock went back below it.
    pub(crate) fn clock_of(&self, id: &str) -> i64 {
        let now = self.now();
        lock(&self.guards).get(id).map_or(now, |g| now.max(*g))
    }

    fn open_for_answers(&self, id: &str) -> Result<()> {
        if self.finalize_if_expired(id)? {
            let user = self.user()?;
            let meta = user.attempt_meta(id)?;
            return Err(if meta.submitted_at == Some(meta.deadline) {
                Error::TimeUp
            } else {
                Error::AlreadySubmitted
            });
        }
        Ok(())
    }

    /// The attempt as a shell draws it: questions without keys, recorded responses (shown
    /// indexes), flags and the remaining time.
    pub fn attempt(&self, id: &str) -> Result<AttemptView> {
        self.attempt_view(id, None)
    }

    /// One page of the attempt: as [`Qazstep::attempt`], but `questions` holds only positions
    /// `first ..= first + count - 1` (cut at the last position), so a shell showing a few
    /// questions at a time reads and decodes only those. `first` must be a position of the
    /// attempt and `count` at least 1.
    pub fn attempt_page(&self, id: &str, first: u32, count: u32) -> Result<AttemptView> {
        if count == 0 {
            return Err(Error::InvalidInput(
                "a page holds at least one question (count 0)".into(),
            ));
        }
        self.attempt_view(id, Some((first, count)))
    }

    /// The view of `id`: every question, or the page `(first, count)`.
    fn attempt_view(&self, id: &str, page: Option<(u32, u32)>) -> Result<AttemptView> {
        let plan = {
            let user = self.user()?;
            self.plan(&user, id)?
        };
        let items: &[PlannedItem] = match page {
            None => &plan.items,
            Some((first, count)) => {
                plan.item(first)?;
                let from = first as usize - 1;
                let to = from.saturating_add(count as usize).min(plan.items.len());
                &plan.items[from..to]
            }
        };
        self.finalize_if_expired(id)?;
        let (questions, contexts) = self.questions_of(items)?;
        // The view decoded these questions: keep their keys for the taps that follow.
        self.keep_keys(id, plan.items.len(), items, &questions);
        let mut user = self.user()?;
        let meta = user.attempt_meta(id)?;
        let guarded = if meta.submitted {
            meta.last_seen
        } else {
            self.guarded_now(&mut user, &meta, true)?
        };
        let records = records_by_position(user.responses::<ResponseRecord>(id)?);
        let views = items
            .iter()
            .zip(&questions)
            .map(|(item, q)| {
                let rec = records.get(&item.position);
                QuestionView {
                    position: item.position,
                    section: item.section.clone(),
                    kind: q.kind,
                    stem: q.stem.clone(),
                    prompts: q.prompts.clone(),
                    options: shown_options(item, q),
                    context: item.context.as_ref().and_then(|c| contexts.get(c).cloned()),
                    response: rec
                        .and_then(|r| r.response.as_ref())
                        .map(|r| to_shown(item, r)),
                    flagged: rec.is_some_and(|r| r.flagged),
                }
            })
            .collect();
        Ok(AttemptView {
            attempt: id.to_string(),
            blueprint: plan.blueprint.clone(),
            remaining_seconds: if meta.submitted {
                0
            } else {
                remaining_ms(meta.deadline, guarded) / 1000
            },
            submitted: meta.submitted,
            sections: plan.sections.clone(),
            questions: views,
        })
    }

    /// Changes the record at `position` of an open attempt (see [`UserDb::update_response`]):
    /// `change` maps the current record to the new one; a record with neither a response nor
    /// a flag is removed; it counts as answered when its response is complete for `key`.
    /// Returns only after the commit; the records cache follows the committed record.
    ///
    /// The open-attempt check is part of the write's own transaction; only when it refuses does
    /// this find out why (unknown, submitted, or out of time — then scored as of its deadline).
    fn change_record(
        &self,
        id: &str,
        position: u32,
        key: &ItemKey,
        change: &dyn Fn(ResponseRecord) -> ResponseRecord,
    ) -> Result<AnswerAck> {
        let write = |now: i64| -> Result<Option<crate::store::user::ResponseWrite>> {
            let mut user = self.user()?;
            let mut kept: Option<ResponseRecord> = None;
            let written =
                user.update_response::<ResponseRecord, _>(id, position, now, |current| {
                    let rec = change(current.unwrap_or_default());
                    let complete = rec.response.as_ref().is_some_and(|r| r.is_complete(key));
                    let keep = rec.response.is_some() || rec.flagged;
                    kept = keep.then(|| rec.clone());
                    keep.then_some((rec, complete))
                })?;
            if written.is_some() {
                self.note_record(id, position, kept);
            }
            Ok(written)
        };
        let written = match write(self.clock_of(id))? {
            Some(w) => w,
            None => {
                // Refused: an unknown, submitted or expired attempt errs here. If it turns out
                // open after all (the wall clock went back in between), write once more.
                self.open_for_answers(id)?;
                write(self.clock_of(id))?.ok_or_else(|| {
                    Error::conflict_text("the attempt is no longer open for answers")
                })?
            }
        };
        self.guard_after(id, written.last_seen);
        Ok(AnswerAck {
            position,
            remaining_seconds: remaining_ms(written.deadline, written.last_seen) / 1000,
            answered: written.answered,
        })
    }

    /// The recorded responses of attempt `id` by position (pack indexes), from this process's
    /// cache or, the first time, from the store (the caller holds the user lock, so no write
    /// can slip between the read and the caching).
    pub(crate) fn records(&self, user: &UserDb, id: &str) -> Result<Records> {
        if let Some(r) = lock(&self.records).get(id) {
            return Ok(r.clone());
        }
        let r: Records = Arc::new(records_by_position(user.responses::<ResponseRecord>(id)?));
        lock(&self.records).insert(id.to_string(), r.clone());
        Ok(r)
    }

    /// Folds a committed record (`None`: removed) into the records cache, if it holds the
    /// attempt (the caller still holds the user lock it wrote under).
    fn note_record(&self, id: &str, position: u32, record: Option<ResponseRecord>) {
        if let Some(r) = lock(&self.records).get_mut(id) {
            let map = Arc::make_mut(r);
            match record {
                Some(rec) => map.insert(position, rec),
                None => map.remove(&position),
            };
        }
    }

    /// The plan of an attempt (cached) and a check that `position` is one of its items.
    fn plan_with_item(&self, id: &str, position: u32) -> Result<Arc<AttemptPlan>> {
        let plan = {
            let user = self.user()?;
            self.plan(&user, id)?
        };
        plan.item(position)?;
        Ok(plan)
    }

    /// Records (or changes) the response at `position`, given in shown option indexes. Returns
    /// only after the answer is committed.
    pub fn answer(&self, id: &str, position: u32, response: &Response) -> Result<AnswerAck> {
        let plan = self.plan_with_item(id, position)?;
        let item = plan.item(position)?;
        let key = self.item_key(id, &plan, item)?;
        if response.is_empty() {
            return Err(Error::invalid(
                MessageId::ResponseEmpty,
                "an empty response answers nothing; clear an answer with clear_answer",
            ));
        }
        let pack = to_pack(item, &key, response)?;
        self.change_record(id, position, &key, &|rec| ResponseRecord {
            response: Some(pack.clone()),
            ..rec
        })
    }

    /// Clears the response at `position` (the flag stays).
    pub fn clear_answer(&self, id: &str, position: u32) -> Result<AnswerAck> {
        let plan = self.plan_with_item(id, position)?;
        let key = self.item_key(id, &plan, plan.item(position)?)?;
        self.change_record(id, position, &key, &|rec| ResponseRecord {
            response: None,
            ..rec
        })
    }

    /// Flags or unflags `position` for later.
    pub fn flag(&self, id: &str, position: u32, flagged: bool) -> Result<AnswerAck> {
        let plan = self.plan_with_item(id, position)?;
        let key = self.item_key(id, &plan, plan.item(position)?)?;
        self.change_record(id, position, &key, &|rec| ResponseRecord { flagged, ..rec })
    }

    /// Seconds left on the attempt (0 once submitted or expired; an expired attempt is scored).
    pub fn remaining_seconds(&self, id: &str) -> Result<i64> {
        if self.finalize_if_expired(id)? {
            return Ok(0);
        }
        let mut user = self.user()?;
        let meta = user.attempt_meta(id)?;
        let guarded = self.guarded_now(&mut user, &meta, true)?;
        Ok(remaining_ms(meta.deadline, guarded) / 1000)
    }

    /// Scores and closes the attempt; returns the score report.
    pub fn submit(&self, id: &str) -> Result<ScoreReport> {
        self.open_for_answers(id)?;
        let plan = {
            let user = self.user()?;
            self.plan(&user, id)?
        };
        let (questions, _) = self.questions_of(&plan.items)?;
        let mut user = self.user()?;
        let meta = user.attempt_meta(id)?;
        let guarded = self.guard_after(id, meta.last_seen);
        user.touch_attempt(id, guarded)?;
        self.close_attempt(&mut user, id, &plan, &questions, guarded)
    }

    /// The score report of a submitted attempt.
    pub fn report(&self, id: &str) -> Result<ScoreReport> {
        self.finalize_if_expired(id)?;
        self.user()?
            .attempt_result::<ScoreReport>(id)?
            .ok_or_else(|| {
                Error::conflict(
                    MessageId::NotSubmittedYet,
                    "the attempt is not submitted yet",
                )
            })
    }

    fn summaries(&self, only_open: bool) -> Result<Vec<AttemptSummary>> {
        self.finalize_expired()?;
        let mut user = self.user()?;
        let metas = user.attempts()?;
        let mut out = Vec::new();
        for meta in metas.into_iter().filter(|m| !only_open || !m.submitted) {
            let answered = meta.answered;
            // A damaged attempt is listed as damaged, with what its plain columns say; the
            // others are listed whatever it holds.
            let opened = self.plan(&user, &meta.id).and_then(|plan| {
                let result = if meta.submitted {
                    user.attempt_result::<ScoreReport>(&meta.id)?
                } else {
                    None
                };
                Ok((plan, result))
            });
            let (plan, result) = match opened {
                Ok(v) => v,
                Err(Error::DataCorrupted { .. }) => {
                    out.push(AttemptSummary {
                        attempt: meta.id.clone(),
                        blueprint: String::new(),
                        subjects: Vec::new(),
                        questions: 0,
                        answered,
                        started_at: meta.started_at,
                        deadline: meta.deadline,
                        remaining_seconds: 0,
                        submitted: meta.submitted,
                        total: None,
                        max_total: None,
                        damaged: true,
                    });
                    continue;
                }
                Err(e) => return Err(e),
            };
            let (total, max_total) = match result {
                Some(r) => (Some(r.total), Some(r.max_total)),
                None => (None, None),
            };
            let guarded = if meta.submitted {
                meta.last_seen
            } else {
                self.guarded_now(&mut user, &meta, true)?
            };
            out.push(AttemptSummary {
                attempt: meta.id.clone(),
                blueprint: plan.blueprint.clone(),
                subjects: plan.chosen.clone(),
                questions: plan.items.len() as u32,
                answered,
                started_at: meta.started_at,
                deadline: meta.deadline,
                remaining_seconds: if meta.submitted {
                    0
                } else {
                    remaining_ms(meta.deadline, guarded) / 1000
                },
                submitted: meta.submitted,
                total,
                max_total,
                damaged: false,
            });
        }
        Ok(out)
    }

    /// Attempts still open (to resume), newest first. Expired ones are scored first.
    pub fn unfinished_attempts(&self) -> Result<Vec<AttemptSummary>> {
        self.summaries(true)
    }

    /// Every attempt, newest first.
    pub fn attempts(&self) -> Result<Vec<AttemptSummary>> {
        self.summaries(false)
    }

    /// The review of a submitted attempt: every question with response, key, points and
    /// explanation, and a per-section, per-topic breakdown.
    pub fn review(&self, id: &str) -> Result<Review> {
        let report = self.report(id)?;
        let plan = {
            let user = self.user()?;
            self.plan(&user, id)?
        };
        let (questions, contexts) = self.questions_of(&plan.items)?;
        let user = self.user()?;
        let records = records_by_position(user.responses::<ResponseRecord>(id)?);
        let points: HashMap<u32, u32> = report
            .items
            .iter()
            .map(|i| (i.position, i.points))
            .collect();
        let mut topics: BTreeMap<(usize, String), TopicScore> = BTreeMap::new();
        let section_index: HashMap<&str, usize> = plan
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let items = plan
            .items
            .iter()
            .zip(&questions)
            .map(|(item, q)| {
                let pts = points.get(&item.position).copied().unwrap_or(0);
                let t = topics
                    .entry((
                        section_index
                            .get(item.section.as_str())
                            .copied()
                            .unwrap_or(usize::MAX),
                        q.topic.clone(),
                    ))
                    .or_insert_with(|| TopicScore {
                        section: item.section.clone(),
                        topic: q.topic.clone(),
                        points: 0,
                        max: 0,
                        items: 0,
                    });
                t.points += pts;
                t.max += item.max_points;
                t.items += 1;
                ReviewItem {
                    position: item.position,
                    section: item.section.clone(),
                    topic: q.topic.clone(),
                    kind: q.kind,
                    stem: q.stem.clone(),
                    prompts: q.prompts.clone(),
                    options: shown_options(item, q),
                    context: item.context.as_ref().and_then(|c| contexts.get(c).cloned()),
                    response: records
                        .get(&item.position)
                        .and_then(|r| r.response.as_ref())
                        .map(|r| to_shown(item, r)),
                    correct: key_shown(item, q),
                    points: pts,
                    max_points: item.max_points,
                    explanation: q.explanation.clone(),
                    source: q.source.clone(),
                }
            })
            .collect();
        Ok(Review {
            attempt: id.to_string(),
            report,
            items,
            topics: topics.into_values().collect(),
        })
    }
}
