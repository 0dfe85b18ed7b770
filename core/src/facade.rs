//! [`Qazstep`]: the one object shells talk to.
//!
//! Invariants:
//! - `Send + Sync`: one instance per process, shared by every thread. The content bank and the
//!   personal store each sit behind their own mutex; when both are needed the content lock is
//!   always taken first, so two calls cannot deadlock.
//! - Every method that writes commits before it returns; bad input is refused before anything
//!   is written.
//! - Methods return views (no answer key during an exam) and never personal data in errors.
//! - An attempt whose time ran out (even while the app was dead) is scored from its saved
//!   answers the next time the core looks at it: at open, when listing, or on any call on it.

mod open_dirs;
mod simulate;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use rusqlite::Connection;
use serde::Serialize;

use crate::content::{self, Exam, Locale, Question, Subject, Topic, ValidatedPack};
use crate::crypto::KeyProvider;
use crate::error::{Error, Result};
use crate::exam::blueprint::{Blueprint, BlueprintRegistry, ResolvedSection};
use crate::exam::session::{
    item_key, key_shown, pack_key, remaining_ms, shown_options, to_pack, to_shown,
};
use crate::exam::{
    AnswerAck, AssemblyInput, AttemptPlan, AttemptSummary, AttemptView, BankIndex, Clock,
    ContextView, PlannedItem, PlannedSection, QuestionView, ResponseRecord, Review, ReviewItem,
    SystemClock, TopicScore, assemble,
};
use crate::practice::{
    self, AnswerEvent, Feedback, Origin, PracticeItem, PracticePlan, PracticeQuestion,
    PracticeRequest, PracticeSession, Progress,
};
use crate::profile::{Consent, Iin, Profile, Role};
use crate::scoring::{self, ItemKey, ItemToScore, Response, ScoreReport};
use crate::store::bank::{self, ImportReport, PackInfo, QuestionFilter, QuestionRef};
use crate::store::user::UserDb;
use crate::validation::Problem;

/// File name of the public question bank inside the data directory.
pub const CONTENT_DB: &str = "content.db";
/// File name of the sealed personal store inside the data directory.
pub const USER_DB: &str = "user.db";

/// How to start a mock exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartExam {
    /// Blueprint id (`unt-2025`, `pbb-2024`).
    pub blueprint: String,
    /// ҰБТ: the two profile subjects; ПББ: the one subject.
    pub subjects: Vec<String>,
    /// ПББ: the qualification category aimed at (`moderator`…).
    pub category: Option<String>,
    /// Language of the questions.
    pub locale: Locale,
    /// Seed of the assembly (`None` = random).
    pub seed: Option<u64>,
    /// Grant the blueprint's extra time (special educational needs).
    pub extra_time: bool,
}

/// A change to the profile; `None` fields keep their value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileUpdate {
    /// The ИИН as typed (validated; required when no profile exists yet).
    pub iin: Option<String>,
    /// Name: `Some(None)` removes it.
    pub name: Option<Option<String>>,
    /// Role.
    pub role: Option<Role>,
    /// Interface language.
    pub interface_language: Option<Locale>,
    /// Exam language.
    pub exam_language: Option<Locale>,
    /// Profile subjects (ҰБТ pair or ПББ subject).
    pub profile_subjects: Option<Vec<String>>,
}

/// The profile as shown: the ИИН masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileView {
    /// ИИН masked (`80••••••••16`).
    pub iin_masked: String,
    /// Name.
    pub name: Option<String>,
    /// Role.
    pub role: Role,
    /// Interface language.
    pub interface_language: Locale,
    /// Exam language.
    pub exam_language: Locale,
    /// Profile subjects.
    pub profile_subjects: Vec<String>,
    /// Consent given, if any.
    pub consent: Option<Consent>,
}

impl From<&Profile> for ProfileView {
    fn from(p: &Profile) -> Self {
        Self {
            iin_masked: p.iin.masked(),
            name: p.name.clone(),
            role: p.role,
            interface_language: p.interface_language,
            exam_language: p.exam_language,
            profile_subjects: p.profile_subjects.clone(),
            consent: p.consent.clone(),
        }
    }
}

/// A blueprint as listed for choosing an exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlueprintInfo {
    /// Id.
    pub id: String,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// Year of the rules.
    pub year: u32,
    /// Revision.
    pub revision: u32,
    /// Name in kk/ru.
    pub name: content::LocalizedText,
    /// Allowed subject choices (pairs for ҰБТ, single subjects for ПББ).
    pub choices: Vec<Vec<String>>,
    /// Threshold (or category) ids.
    pub thresholds: Vec<String>,
    /// Display names of `thresholds`, in the same order.
    pub threshold_names: Vec<content::LocalizedText>,
    /// Total items.
    pub items: u32,
    /// Base duration in minutes.
    pub duration_minutes: u32,
    /// Extra minutes available.
    pub extra_minutes: u32,
    /// Aids the real test software offers.
    pub aids: Vec<String>,
    /// Codes of the languages the test is held in (`kk`, `ru`, `en`); an exam starts only in one.
    pub languages: Vec<String>,
}

// The facade is shared by every thread of a shell: keep it Send + Sync.
const _: fn() = || {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Qazstep>();
};

/// The light rows of one exam's bank in one language, shared by assemblies.
type BankRefs = Arc<BankIndex>;

/// The core facade. See the module docs for its invariants.
pub struct Qazstep {
    dir: PathBuf,
    content: Mutex<Connection>,
    user: Mutex<UserDb>,
    registry: RwLock<Arc<BlueprintRegistry>>,
    provider: Mutex<Arc<dyn KeyProvider>>,
    clock: Arc<dyn Clock>,
    plans: Mutex<HashMap<String, Arc<AttemptPlan>>>,
    /// Light rows of the active bank per exam and language, for assembly; cleared on import.
    refs: Mutex<HashMap<(Exam, Locale), BankRefs>>,
    /// Answer keys per attempt id, by position − 1, filled by the views that decode the
    /// questions and by `item_key` for the rest (see there); cleared on import.
    keys: Mutex<HashMap<String, Vec<Option<ItemKey>>>>,
    /// When each question and translation group was last seen (`UserDb::last_seen`), loaded at
    /// the first exam or practice start and folded forward by every history append while the
    /// user lock is held, so it always equals the stored summary; cleared on erase.
    seen: Mutex<Option<Arc<HashMap<String, i64>>>>,
    /// Counts `dir` as open in this process while this value lives.
    _open: open_dirs::OpenDir,
}

impl std::fmt::Debug for Qazstep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Qazstep")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding a lock leaves data in SQLite consistent (transactions roll back);
    // the guard itself is safe to reuse.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// An attempt's records keyed by position (filled by `insert`: positions are distinct, and
/// the map is built one way everywhere).
fn records_by_position(rows: Vec<(u32, ResponseRecord)>) -> BTreeMap<u32, ResponseRecord> {
    let mut map = BTreeMap::new();
    for (position, record) in rows {
        map.insert(position, record);
    }
    map
}

/// Warnings for a pack's blueprints that the registry does not use because one with the same id
/// and a higher revision is in use, or one with the same revision but other content (the
/// embedded one or another pack's; see [`BlueprintRegistry::new`]). An identical one is no news.
fn superseded_blueprints(
    blueprints: &[serde_json::Value],
    registry: &BlueprintRegistry,
) -> Vec<Problem> {
    blueprints
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let b = Blueprint::from_value(v).ok()?;
            let current = registry.get(&b.id).ok()?;
            let (rev, id, used) = (b.revision, &b.id, current.revision);
            let msg = match used.cmp(&rev) {
                std::cmp::Ordering::Greater => format!(
                    "revision {rev} of \"{id}\" is older than revision {used} in use; the one in use is kept"
                ),
                std::cmp::Ordering::Equal if *current != b => format!(
                    "revision {rev} of \"{id}\" equals the one in use but differs from it; the one \
                     in use is kept (raise the revision to replace it)"
                ),
                _ => return None,
            };
            Some(Problem::new(format!("blueprints[{i}].revision"), msg))
        })
        .collect()
}

fn random_seed() -> u64 {
    let b = uuid::Uuid::new_v4().into_bytes();
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

impl Qazstep {
    /// Opens the data directory (creating it and both databases when needed) with the system
    /// clock.
    pub fn open(dir: &Path, provider: Arc<dyn KeyProvider>) -> Result<Self> {
        Self::open_with_clock(dir, provider, Arc::new(SystemClock))
    }

    /// Opens the data directory with an injected clock (tests, the deterministic demo).
    pub fn open_with_clock(
        dir: &Path,
        provider: Arc<dyn KeyProvider>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        // SQLite reports an unwritable directory as "cannot open"; say plainly it is read-only.
        let probe = dir.join(".qazstep-write-probe");
        std::fs::write(&probe, b"")?;
        std::fs::remove_file(&probe)?;
        let now = clock.now_ms();
        let user = UserDb::open(&dir.join(USER_DB), provider.as_ref(), now)?;
        let content = bank::open_content(&dir.join(CONTENT_DB))?;
        let registry = Self::load_registry(&content)?;
        let core = Self {
            dir: dir.to_path_buf(),
            content: Mutex::new(content),
            user: Mutex::new(user),
            registry: RwLock::new(Arc::new(registry)),
            provider: Mutex::new(provider),
            clock,
            plans: Mutex::new(HashMap::new()),
            refs: Mutex::new(HashMap::new()),
            keys: Mutex::new(HashMap::new()),
            seen: Mutex::new(None),
            _open: open_dirs::OpenDir::hold(dir),
        };
        core.finalize_expired()?;
        Ok(core)
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.dir
    }

    fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    fn load_registry(content: &Connection) -> Result<BlueprintRegistry> {
        let mut extra = Vec::new();
        for value in bank::pack_blueprints(content)? {
            // Pack blueprints were validated at import; a failure here means a newer format.
            match Blueprint::from_value(&value) {
                Ok(b) => extra.push(b),
                Err(problems) => return Err(Error::InvalidBlueprint(problems)),
            }
        }
        Ok(BlueprintRegistry::new(extra))
    }

    /// The registry as it is now: a shared snapshot (an import replaces it, it is never
    /// changed in place), so callers borrow its blueprints without a lock or a copy.
    fn registry(&self) -> Arc<BlueprintRegistry> {
        Arc::clone(
            &self
                .registry
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    // ---- content ---------------------------------------------------------------------------

    /// Parses and validates a pack, including its blueprints: every problem, path-precise, in
    /// one pass (a broken blueprint is listed beside a broken question).
    pub fn validate_pack(bytes: &[u8]) -> std::result::Result<ValidatedPack, Vec<Problem>> {
        content::parse_pack_with(
            bytes,
            Some(&|v: &serde_json::Value| Blueprint::from_value(v).map(drop)),
        )
    }

    /// Imports a pack given as bytes: validated as a whole, then imported atomically.
    pub fn import_pack(&self, bytes: &[u8]) -> Result<ImportReport> {
        let mut reports = self.import_packs(&[bytes]).map_err(|(_, e)| e)?;
        reports
            .pop()
            .ok_or_else(|| Error::Internal("an import gave no report".into()))
    }

    /// Imports several packs given as bytes, in order, in one transaction: every one of them or,
    /// when one is invalid or refused, none (`qazstep pack import A B C`).
    ///
    /// Errors: the index of the first pack that failed and why; the bank is then unchanged.
    pub fn import_packs(
        &self,
        packs: &[&[u8]],
    ) -> std::result::Result<Vec<ImportReport>, (usize, Error)> {
        let mut validated = Vec::with_capacity(packs.len());
        for (i, bytes) in packs.iter().enumerate() {
            validated.push(Self::validate_pack(bytes).map_err(|ps| (i, Error::InvalidPack(ps)))?);
        }
        let now = self.now();
        let mut content = lock(&self.content);
        let refs: Vec<&ValidatedPack> = validated.iter().collect();
        let mut reports = bank::import_packs(&mut content, &refs, now)?;
        lock(&self.refs).clear();
        lock(&self.keys).clear();
        if validated.iter().any(|v| !v.pack.blueprints.is_empty()) {
            let registry = Self::load_registry(&content).map_err(|e| (0, e))?;
            for (v, report) in validated.iter().zip(&mut reports) {
                report
                    .warnings
                    .extend(superseded_blueprints(&v.pack.blueprints, &registry));
            }
            *self
                .registry
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(registry);
        }
        Ok(reports)
    }

    /// Imports a pack file.
    pub fn import_pack_file(&self, path: &Path) -> Result<ImportReport> {
        let bytes = std::fs::read(path)
            .map_err(|e| Error::InvalidInput(format!("cannot read {}: {e}", path.display())))?;
        self.import_pack(&bytes)
    }

    /// Installed packs.
    pub fn packs(&self) -> Result<Vec<PackInfo>> {
        bank::list_packs(&lock(&self.content))
    }

    /// Subjects known (built in and from packs), with kk/ru names.
    pub fn subjects(&self) -> Result<Vec<Subject>> {
        bank::subjects(&lock(&self.content))
    }

    /// Topics, of one subject or all.
    pub fn topics(&self, subject: Option<&str>) -> Result<Vec<Topic>> {
        bank::topics(&lock(&self.content), subject)
    }

    /// Blueprints available (embedded and from packs).
    pub fn blueprints(&self) -> Vec<BlueprintInfo> {
        self.registry()
            .list()
            .into_iter()
            .map(|b| BlueprintInfo {
                id: b.id.clone(),
                exam: b.exam,
                year: b.year,
                revision: b.revision,
                name: b.name.clone(),
                choices: b.choices.allowed.clone(),
                thresholds: b.thresholds.iter().map(|t| t.id.clone()).collect(),
                threshold_names: b.thresholds.iter().map(|t| t.name.clone()).collect(),
                items: b
                    .sections
                    .iter()
                    .flat_map(|s| &s.slots)
                    .map(|s| s.items())
                    .sum(),
                duration_minutes: b.duration_minutes,
                extra_minutes: b.extra_minutes,
                aids: b.aids.clone(),
                languages: b.languages.iter().map(|l| l.code().to_string()).collect(),
            })
            .collect()
    }

    /// Assembly's index of the active bank of `exam` in `locale`, cached in memory until the
    /// next import; read from its stored copy in content.db when there is one, else built
    /// from the rows and stored (every import deletes the stored copies in its transaction).
    /// The content lock is held throughout, as `import_pack` holds it while clearing the cache,
    /// so a stale index can never be cached after an import.
    fn question_refs(&self, exam: Exam, locale: Locale) -> Result<BankRefs> {
        let content = lock(&self.content);
        if let Some(refs) = lock(&self.refs).get(&(exam, locale)) {
            return Ok(refs.clone());
        }
        let stored = bank::stored_index(&content, exam, locale, BankIndex::decode)?;
        let refs = Arc::new(match stored {
            Some(index) => index,
            // Only a cache: when it cannot be stored the next open builds it again.
            None => bank::rebuild_index(&content, exam, locale, |refs| {
                let index = BankIndex::new(refs);
                let data = index.encode();
                (index, data)
            })?,
        });
        lock(&self.refs).insert((exam, locale), refs.clone());
        Ok(refs)
    }

    // ---- profile ---------------------------------------------------------------------------

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
                    return Err(Error::InvalidInput(format!("unknown subject \"{s}\"")));
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

    // ---- exams -----------------------------------------------------------------------------

    fn resolve(&self, blueprint: &Blueprint, req: &StartExam) -> Result<Vec<ResolvedSection>> {
        if !blueprint.languages.contains(&req.locale) {
            let held: Vec<&str> = blueprint.languages.iter().map(|l| l.code()).collect();
            return Err(Error::InvalidInput(format!(
                "{} is held in {} only, not in {}",
                blueprint.id,
                held.join(", "),
                req.locale.code()
            )));
        }
        let sections = blueprint.resolve_sections(&req.subjects)?;
        if let Some(cat) = &req.category
            && !blueprint.thresholds.iter().any(|t| &t.id == cat)
        {
            let ids: Vec<&str> = blueprint.thresholds.iter().map(|t| t.id.as_str()).collect();
            return Err(Error::InvalidInput(format!(
                "unknown category \"{cat}\" for {}; known: {}",
                blueprint.id,
                ids.join(", ")
            )));
        }
        Ok(sections)
    }

    /// `last_seen` of the whole history, from the cache or the sealed summary (the caller holds
    /// the user lock, so no append can slip between the read and the caching).
    fn last_seen(&self, user: &UserDb) -> Result<Arc<HashMap<String, i64>>> {
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
    fn note_seen(&self, events: &[AnswerEvent]) {
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
        let registry = self.registry();
        let blueprint = registry.get(&req.blueprint)?;
        let sections = self.resolve(blueprint, req)?;
        let bank_questions = self.question_refs(blueprint.exam, req.locale)?;
        let now = self.now();
        let mut user = lock(&self.user);
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
        let id = uuid::Uuid::new_v4().to_string();
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
        };
        lock(&self.plans).insert(id, Arc::new(plan));
        Ok(summary)
    }

    fn plan(&self, user: &UserDb, id: &str) -> Result<Arc<AttemptPlan>> {
        if let Some(p) = lock(&self.plans).get(id) {
            return Ok(p.clone());
        }
        let plan: Arc<AttemptPlan> = Arc::new(user.attempt_plan(id)?);
        lock(&self.plans).insert(id.to_string(), plan.clone());
        Ok(plan)
    }

    /// Keeps the answer keys of `questions` (those of `items`, same order) of an attempt with
    /// `len` items, so the taps that follow are validated without fetching their question.
    fn keep_keys(&self, id: &str, len: usize, items: &[PlannedItem], questions: &[Question]) {
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
    fn item_key(&self, id: &str, plan: &AttemptPlan, item: &PlannedItem) -> Result<ItemKey> {
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
    fn questions_of(
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

    /// Scores every active attempt whose deadline has passed (the app may have been dead).
    fn finalize_expired(&self) -> Result<()> {
        let now = self.now();
        let expired: Vec<String> = {
            let user = lock(&self.user);
            user.attempts()?
                .into_iter()
                .filter(|a| !a.submitted && a.deadline <= now.max(a.last_seen))
                .map(|a| a.id)
                .collect()
        };
        for id in expired {
            self.finalize_if_expired(&id)?;
        }
        Ok(())
    }

    /// If the attempt's time is up and it is still open, scores it. Returns whether it is
    /// (now) submitted.
    fn finalize_if_expired(&self, id: &str) -> Result<bool> {
        let plan = {
            let user = lock(&self.user);
            let meta = user.attempt_meta(id)?;
            if meta.submitted {
                return Ok(true);
            }
            if meta.deadline > self.now().max(meta.last_seen) {
                return Ok(false);
            }
            self.plan(&user, id)?
        };
        let (questions, _) = self.questions_of(&plan.items)?;
        let mut user = lock(&self.user);
        let meta = user.attempt_meta(id)?;
        if meta.submitted {
            return Ok(true);
        }
        // Scored as of the deadline: nothing after it counts.
        self.close_attempt(&mut user, id, &plan, &questions, meta.deadline)?;
        Ok(true)
    }

    fn open_for_answers(&self, id: &str) -> Result<()> {
        if self.finalize_if_expired(id)? {
            let user = lock(&self.user);
            let meta = user.attempt_meta(id)?;
            return Err(Error::Conflict(
                if meta.submitted_at == Some(meta.deadline) {
                    "time is up: the attempt was submitted automatically and scored".to_string()
                } else {
                    "the attempt is already submitted".to_string()
                },
            ));
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
            let user = lock(&self.user);
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
        let mut user = lock(&self.user);
        let meta = user.attempt_meta(id)?;
        let guarded = if meta.submitted {
            meta.last_seen
        } else {
            user.touch_attempt(id, self.now())?
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
    /// a flag is removed. Returns only after the commit.
    ///
    /// The open-attempt check is part of the write's own transaction; only when it refuses does
    /// this find out why (unknown, submitted, or out of time — then scored as of its deadline).
    fn change_record(
        &self,
        id: &str,
        position: u32,
        change: &dyn Fn(ResponseRecord) -> ResponseRecord,
    ) -> Result<AnswerAck> {
        let write = |now: i64| {
            lock(&self.user).update_response::<ResponseRecord, _>(id, position, now, |current| {
                let rec = change(current.unwrap_or_default());
                let answered = rec.response.is_some();
                (answered || rec.flagged).then_some((rec, answered))
            })
        };
        let written = match write(self.now())? {
            Some(w) => w,
            None => {
                // Refused: an unknown, submitted or expired attempt errs here. If it turns out
                // open after all (the wall clock went back in between), write once more.
                self.open_for_answers(id)?;
                write(self.now())?.ok_or_else(|| {
                    Error::Conflict("the attempt is no longer open for answers".into())
                })?
            }
        };
        Ok(AnswerAck {
            position,
            remaining_seconds: remaining_ms(written.deadline, written.last_seen) / 1000,
            answered: written.answered,
        })
    }

    /// The plan of an attempt (cached) and a check that `position` is one of its items.
    fn plan_with_item(&self, id: &str, position: u32) -> Result<Arc<AttemptPlan>> {
        let plan = {
            let user = lock(&self.user);
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
        let pack = to_pack(item, &key, response)?;
        let empty = matches!(&pack, Response::Choice(v) if v.is_empty())
            || matches!(&pack, Response::Matching(v) if v.is_empty());
        let response = if empty { None } else { Some(pack) };
        self.change_record(id, position, &|rec| ResponseRecord {
            response: response.clone(),
            ..rec
        })
    }

    /// Clears the response at `position` (the flag stays).
    pub fn clear_answer(&self, id: &str, position: u32) -> Result<AnswerAck> {
        self.plan_with_item(id, position)?;
        self.change_record(id, position, &|rec| ResponseRecord {
            response: None,
            ..rec
        })
    }

    /// Flags or unflags `position` for later.
    pub fn flag(&self, id: &str, position: u32, flagged: bool) -> Result<AnswerAck> {
        self.plan_with_item(id, position)?;
        self.change_record(id, position, &|rec| ResponseRecord { flagged, ..rec })
    }

    /// Seconds left on the attempt (0 once submitted or expired; an expired attempt is scored).
    pub fn remaining_seconds(&self, id: &str) -> Result<i64> {
        if self.finalize_if_expired(id)? {
            return Ok(0);
        }
        let mut user = lock(&self.user);
        let meta = user.attempt_meta(id)?;
        let guarded = user.touch_attempt(id, self.now())?;
        Ok(remaining_ms(meta.deadline, guarded) / 1000)
    }

    /// Scores and closes the attempt; returns the score report.
    pub fn submit(&self, id: &str) -> Result<ScoreReport> {
        self.open_for_answers(id)?;
        let plan = {
            let user = lock(&self.user);
            self.plan(&user, id)?
        };
        let (questions, _) = self.questions_of(&plan.items)?;
        let mut user = lock(&self.user);
        let now = self.now();
        let guarded = user.touch_attempt(id, now)?;
        self.close_attempt(&mut user, id, &plan, &questions, guarded)
    }

    /// The score report of a submitted attempt.
    pub fn report(&self, id: &str) -> Result<ScoreReport> {
        self.finalize_if_expired(id)?;
        lock(&self.user)
            .attempt_result::<ScoreReport>(id)?
            .ok_or_else(|| Error::Conflict("the attempt is not submitted yet".into()))
    }

    fn summaries(&self, only_open: bool) -> Result<Vec<AttemptSummary>> {
        self.finalize_expired()?;
        let mut user = lock(&self.user);
        let now = self.now();
        let metas = user.attempts()?;
        let mut out = Vec::new();
        for meta in metas.into_iter().filter(|m| !only_open || !m.submitted) {
            let plan = self.plan(&user, &meta.id)?;
            let answered = user
                .responses::<ResponseRecord>(&meta.id)?
                .iter()
                .filter(|(_, r)| r.response.is_some())
                .count() as u32;
            let total = if meta.submitted {
                user.attempt_result::<ScoreReport>(&meta.id)?
                    .map(|r| r.total)
            } else {
                None
            };
            let guarded = if meta.submitted {
                meta.last_seen
            } else {
                user.touch_attempt(&meta.id, now)?
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
            let user = lock(&self.user);
            self.plan(&user, id)?
        };
        let (questions, contexts) = self.questions_of(&plan.items)?;
        let user = lock(&self.user);
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

    // ---- practice --------------------------------------------------------------------------

    fn practice_view(&self, id: &str, plan: &PracticePlan) -> Result<PracticeSession> {
        let ids: Vec<String> = plan.items.iter().map(|i| i.question.clone()).collect();
        let content = lock(&self.content);
        let questions = bank::questions_by_ids(&content, &ids)?;
        let mut ctx_ids: Vec<String> = questions.iter().filter_map(|q| q.context.clone()).collect();
        ctx_ids.sort_unstable();
        ctx_ids.dedup();
        let contexts: HashMap<String, ContextView> = bank::contexts_by_ids(&content, &ctx_ids)?
            .iter()
            .map(|c| (c.id.clone(), ContextView::from(c)))
            .collect();
        Ok(PracticeSession {
            id: id.to_string(),
            mistakes: plan.mistakes,
            questions: plan
                .items
                .iter()
                .zip(questions)
                .enumerate()
                .map(|(i, (item, q))| PracticeQuestion {
                    index: i as u32,
                    question: q.id.clone(),
                    subject: q.subject.clone(),
                    topic: q.topic.clone(),
                    kind: q.kind,
                    context: q.context.as_ref().and_then(|c| contexts.get(c).cloned()),
                    stem: q.stem,
                    prompts: q.prompts,
                    options: q.options,
                    answered: item.answered,
                })
                .collect(),
        })
    }

    /// Starts a practice session on a subject (and optional topic): unseen questions first,
    /// then the least recently seen.
    pub fn start_practice(&self, req: &PracticeRequest) -> Result<PracticeSession> {
        if req.count == 0 || req.count > 500 {
            return Err(Error::InvalidInput(
                "a practice session has 1 to 500 questions".into(),
            ));
        }
        let candidates = {
            let content = lock(&self.content);
            if let Some(topic) = &req.topic {
                let topics = bank::topics(&content, Some(&req.subject))?;
                if !topics.iter().any(|t| &t.id == topic) {
                    return Err(Error::InvalidInput(format!(
                        "unknown topic \"{topic}\" for subject \"{}\"",
                        req.subject
                    )));
                }
            }
            bank::find_questions(
                &content,
                &QuestionFilter {
                    exam: Some(req.exam),
                    locale: Some(req.locale),
                    subject: Some(req.subject.clone()),
                    topic: req.topic.clone(),
                    ..QuestionFilter::default()
                },
            )?
        };
        if candidates.is_empty() {
            return Err(Error::NotFound(format!(
                "no {} questions for {}{} in {}",
                req.exam.code(),
                req.subject,
                req.topic
                    .as_deref()
                    .map(|t| format!(" / {t}"))
                    .unwrap_or_default(),
                req.locale.code()
            )));
        }
        let now = self.now();
        let mut user = lock(&self.user);
        let seen = self.last_seen(&user)?;
        let refs: Vec<QuestionRef> = candidates.iter().map(QuestionRef::from).collect();
        let picked = crate::exam::assembly::pick_questions(
            &refs,
            &seen,
            req.count as usize,
            req.seed.unwrap_or_else(random_seed),
        );
        let plan = PracticePlan {
            subject: Some(req.subject.clone()),
            topic: req.topic.clone(),
            locale: req.locale,
            exam: req.exam,
            mistakes: false,
            items: picked
                .into_iter()
                .map(|q| PracticeItem {
                    question: q.id.clone(),
                    answered: None,
                })
                .collect(),
        };
        let id = uuid::Uuid::new_v4().to_string();
        user.put_practice(&id, &plan, false, now)?;
        drop(user);
        self.practice_view(&id, &plan)
    }

    /// Starts a review of the questions last answered wrongly (in `locale`; a mistake made on a
    /// twin in another language counts), most recent mistakes first.
    pub fn start_mistakes_review(&self, locale: Locale, limit: u32) -> Result<PracticeSession> {
        if limit == 0 {
            return Err(Error::InvalidInput(
                "a mistakes review needs at least 1 question".into(),
            ));
        }
        let now = self.now();
        let keys = {
            let user = lock(&self.user);
            user.mistakes()?
        };
        if keys.is_empty() {
            return Err(Error::NotFound("no mistakes to review yet".into()));
        }
        let bank_questions = bank::find_questions(
            &lock(&self.content),
            &QuestionFilter {
                locale: Some(locale),
                include_retired: true,
                ..QuestionFilter::default()
            },
        )?;
        let mut by_key: HashMap<&str, &Question> = HashMap::new();
        for q in bank_questions.iter() {
            by_key.insert(q.id.as_str(), q);
            if let Some(g) = &q.group {
                by_key.entry(g.as_str()).or_insert(q);
            }
        }
        let picked: Vec<&Question> = keys
            .iter()
            .filter_map(|k| by_key.get(k.as_str()).copied())
            .take(limit as usize)
            .collect();
        let Some(first) = picked.first() else {
            return Err(Error::NotFound(format!(
                "no mistakes to review in {}",
                locale.code()
            )));
        };
        let plan = PracticePlan {
            subject: None,
            topic: None,
            locale,
            exam: first.exam,
            mistakes: true,
            items: picked
                .iter()
                .map(|q| PracticeItem {
                    question: q.id.clone(),
                    answered: None,
                })
                .collect(),
        };
        let id = uuid::Uuid::new_v4().to_string();
        lock(&self.user).put_practice(&id, &plan, false, now)?;
        self.practice_view(&id, &plan)
    }

    /// A practice session as it stands.
    pub fn practice_session(&self, id: &str) -> Result<PracticeSession> {
        let plan: PracticePlan = lock(&self.user).practice(id)?;
        self.practice_view(id, &plan)
    }

    /// The newest blueprint of `exam`: its points and partial-credit rules score practice.
    fn practice_blueprint(registry: &BlueprintRegistry, exam: Exam) -> Result<&Blueprint> {
        registry
            .list()
            .into_iter()
            .filter(|b| b.exam == exam)
            .max_by_key(|b| (b.year, b.revision))
            .ok_or_else(|| Error::NotFound(format!("no blueprint for {}", exam.code())))
    }

    /// Answers question `index` of a practice session (pack option indexes, as shown there)
    /// and returns immediate feedback; the answer joins the history at once.
    pub fn practice_answer(&self, id: &str, index: u32, response: &Response) -> Result<Feedback> {
        let mut plan: PracticePlan = lock(&self.user).practice(id)?;
        let item = plan.items.get(index as usize).ok_or_else(|| {
            Error::InvalidInput(format!(
                "question {index} does not exist (this session has 0..{})",
                plan.items.len().saturating_sub(1)
            ))
        })?;
        let q = bank::questions_by_ids(&lock(&self.content), std::slice::from_ref(&item.question))?
            .pop()
            .ok_or_else(|| Error::Internal("question vanished from the bank".into()))?;
        let key = item_key(&q);
        scoring::validate_response(&key, response)?;
        let registry = self.registry();
        let blueprint = Self::practice_blueprint(&registry, q.exam)?;
        let points = scoring::score_item(blueprint, &key, Some(response), None);
        let max_points = blueprint.points_for_kind(q.kind);
        let correct = points == max_points && scoring::mistakes(&key, response) == Some(0);
        plan.items[index as usize].answered = Some(correct);
        let finished = plan.items.iter().all(|i| i.answered.is_some());
        let now = self.now();
        let event = vec![AnswerEvent {
            question: q.id.clone(),
            group: q.group.clone(),
            subject: q.subject.clone(),
            topic: q.topic.clone(),
            kind: q.kind,
            points,
            max_points,
            correct,
            at: now,
            origin: Origin::Practice,
            response: Some(response.clone()),
        }];
        {
            let mut user = lock(&self.user);
            user.practice_answer(id, &plan, finished, &event, now)?;
            self.note_seen(&event);
        }
        let key_response = pack_key(&q);
        Ok(Feedback {
            index,
            correct,
            points,
            max_points,
            key: key_response,
            explanation: q.explanation,
            source: q.source,
        })
    }

    /// Progress per subject and topic over every answer given (exams and practice).
    pub fn progress(&self) -> Result<Progress> {
        Ok(lock(&self.user).tallies()?.progress())
    }

    // ---- the user's rights and keys ------------------------------------------------------

    /// Every personal datum, readable, as pretty JSON (the right of access). Contains the ИИН:
    /// hand it only to the user.
    pub fn export_personal_data(&self) -> Result<String> {
        let user = lock(&self.user);
        let mut root = serde_json::Map::new();
        root.insert("format".into(), "qazstep-personal-data/1".into());
        root.insert("exported_at_ms".into(), self.now().into());
        root.insert(
            "tables".into(),
            serde_json::Value::Object(user.export_tables()?),
        );
        serde_json::to_string_pretty(&serde_json::Value::Object(root))
            .map_err(|e| Error::Internal(e.to_string()))
    }

    /// Erases all personal data and its key (the right to deletion); the app keeps working with
    /// a fresh, empty profile. Content is untouched.
    pub fn erase_personal_data(&self) -> Result<()> {
        let provider = lock(&self.provider).clone();
        let now = self.now();
        let mut user = lock(&self.user);
        user.erase(provider.as_ref(), now)?;
        *lock(&self.seen) = None;
        drop(user);
        lock(&self.plans).clear();
        lock(&self.keys).clear();
        Ok(())
    }

    /// Erases all personal data in `dir` **without the key**: for a user whose key is gone (a
    /// reset keystore: [`Error::KeyMismatch`] or [`Error::KeyUnavailable`] at
    /// [`Qazstep::open`]) and who would otherwise be locked out of their right to deletion.
    /// Every personal row and wrapped data key is deleted (`secure_delete`, then VACUUM); a
    /// damaged `user.db`, or one a newer version wrote, is removed. Content stays. The next
    /// [`Qazstep::open`] starts with a fresh, empty profile and a new data key.
    ///
    /// A `Qazstep` of this process still open on `dir` is [`Error::Conflict`] and nothing is
    /// erased: use its [`Qazstep::erase_personal_data`], or drop it first.
    pub fn erase_personal_data_without_key(dir: &Path) -> Result<()> {
        if open_dirs::is_open(dir) {
            return Err(Error::Conflict(
                "the personal data in this directory is open in this app: erase it through the open core, or close it first".into(),
            ));
        }
        UserDb::erase_without_key(&dir.join(USER_DB))
    }

    /// Re-wraps the data key with a new provider (the wrapping key moved); afterwards only the
    /// new provider opens the data.
    pub fn rotate_wrapping_key(&self, new_provider: Arc<dyn KeyProvider>) -> Result<()> {
        let mut provider = lock(&self.provider);
        lock(&self.user).rotate_wrapping_key(new_provider.as_ref())?;
        *provider = new_provider;
        Ok(())
    }

    /// Replaces the data key and re-seals every personal value (resumable if interrupted).
    pub fn rotate_data_key(&self) -> Result<()> {
        let provider = lock(&self.provider).clone();
        let now = self.now();
        lock(&self.user).rotate_data_key(provider.as_ref(), now)
    }

    /// Checkpoints the personal store's WAL (call when idle, e.g. after submit or on pause):
    /// its frames are copied into the file and the next write starts the WAL over. The WAL
    /// file itself stays (capped at 4 MB), so later taps overwrite it instead of growing it.
    pub fn checkpoint(&self) -> Result<()> {
        lock(&self.user).checkpoint()
    }

    /// Runs `f` with the personal store (tests and maintenance within the crate). `f` may
    /// append history behind the facade's back, so the `last_seen` cache is dropped.
    #[doc(hidden)]
    pub fn with_user_db<T>(&self, f: impl FnOnce(&mut UserDb) -> T) -> T {
        let mut user = lock(&self.user);
        let out = f(&mut user);
        *lock(&self.seen) = None;
        out
    }
}
