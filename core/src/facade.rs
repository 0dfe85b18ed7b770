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

mod damage;
mod exam;
mod open_dirs;
mod personal;

pub use damage::CONTENT_MARKER;
pub use personal::Unavailable;
mod practising;
mod profile;
mod rights;
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
use crate::message::{Message, MessageId};
use crate::practice::{
    self, AnswerEvent, Feedback, Origin, PracticeItem, PracticePlan, PracticeQuestion,
    PracticeRequest, PracticeSession, Progress,
};
use crate::profile::{Consent, Iin, Profile, Role};
use crate::scoring::{self, ItemKey, ItemToScore, Response, ScoreReport};
use crate::store::bank::{self, ImportReport, PackInfo, QuestionFilter, QuestionRef};
use crate::store::user::{DamagedRecord, UserDb};
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
    /// The ИИН as typed (validated): `Some(None)` removes it.
    pub iin: Option<Option<String>>,
    /// Name: `Some(None)` removes it.
    pub name: Option<Option<String>>,
    /// Role.
    pub role: Option<Role>,
    /// Interface language.
    pub interface_language: Option<Locale>,
    /// Exam language.
    pub exam_language: Option<Locale>,
    /// Profile subjects (ҰБТ pair or ПББ subject; empty: not chosen yet).
    pub profile_subjects: Option<Vec<String>>,
    /// Exam date `YYYY-MM-DD` (today or later): `Some(None)` removes it.
    pub exam_date: Option<Option<String>>,
    /// Minutes a day to study (5 to 600): `Some(None)` removes it.
    pub daily_minutes: Option<Option<u32>>,
}

/// The profile as shown: the ИИН masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileView {
    /// ИИН masked (`80••••••••16`), if given.
    pub iin_masked: Option<String>,
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
    /// Exam date `YYYY-MM-DD`, if set.
    pub exam_date: Option<String>,
    /// Minutes a day to study, if set.
    pub daily_minutes: Option<u32>,
    /// Consent given, if any (`accepted_at` in ms).
    pub consent: Option<Consent>,
}

impl From<&Profile> for ProfileView {
    fn from(p: &Profile) -> Self {
        Self {
            iin_masked: p.iin.as_ref().map(Iin::masked),
            name: p.name.clone(),
            role: p.role,
            interface_language: p.interface_language,
            exam_language: p.exam_language,
            profile_subjects: p.profile_subjects.clone(),
            exam_date: p.exam_date.clone(),
            daily_minutes: p.daily_minutes,
            consent: p.consent.clone().map(Consent::normalized),
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

/// An attempt's recorded responses by position (pack indexes), shared by views.
type Records = Arc<BTreeMap<u32, ResponseRecord>>;

/// The light rows of one exam's bank in one language, shared by assemblies.
type BankRefs = Arc<BankIndex>;

/// The core facade. See the module docs for its invariants.
pub struct Qazstep {
    dir: PathBuf,
    content: Mutex<Connection>,
    user: Mutex<personal::UserSlot>,
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
    /// The clock guard of each attempt as this process saw it (the latest wall time, never
    /// lowered); stored in `attempt_clock` by writes, by `pause` and when a minute ahead of the
    /// stored one, so reading the clock does not write on every call.
    guards: Mutex<HashMap<String, i64>>,
    /// Each attempt's recorded responses as last committed by this process (filled at the
    /// first view of the attempt, then updated by every change under the user lock; dropped on
    /// erase): the palette and the current question read it instead of unsealing every record.
    records: Mutex<HashMap<String, Records>>,
    /// Where the user is in the app model (`app::Place`), as last stored; loaded at the first
    /// event, then written through; dropped on erase.
    place: Mutex<Option<Option<crate::app::Place>>>,
    /// Held for the whole of one app event (`dispatch`), so events apply one after another.
    app: Mutex<()>,
    /// The interface language for this process only (`qazstep app --lang`).
    language_override: Mutex<Option<Locale>>,
    /// The name a damaged question bank was set aside under by this open, if it was.
    content_aside: Option<String>,
    /// The same, until the app model has told the user (at the first `launch`).
    content_notice: Mutex<Option<String>>,
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

/// Locks `m`, whatever a panicking holder left (see the comment inside).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
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
        let core = Self::open_degraded(dir, provider, clock)?;
        match core.personal_data_unavailable() {
            None => Ok(core),
            Some(why) => Err(core.user().err().unwrap_or_else(|| why.error())),
        }
    }

    /// Opens the data directory like [`Qazstep::open_with_clock`], but a personal store that
    /// cannot be opened for a reason only the user can fix ([`Unavailable`]: the key unavailable
    /// or lost, `user.db` damaged or too new) leaves it closed instead of failing: content works,
    /// personal calls fail with that reason, and the app model shows the recovery screen. What
    /// the app runs on.
    pub fn open_degraded(
        dir: &Path,
        provider: Arc<dyn KeyProvider>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self> {
        std::fs::create_dir_all(dir)?;
        // SQLite reports an unwritable directory as "cannot open"; say plainly it is read-only.
        // A name of its own: two processes opening the directory at once must not remove each
        // other's probe.
        let probe = dir.join(format!(
            ".qazstep-write-probe-{}-{}",
            std::process::id(),
            uuid::Uuid::new_v4().simple()
        ));
        std::fs::write(&probe, b"")?;
        std::fs::remove_file(&probe)?;
        let now = clock.now_ms();
        let user = personal::UserSlot::from_open(Self::open_user(dir, provider.as_ref(), now))?;
        let (content, registry, content_aside) = damage::open_content(dir, now)?;
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
            guards: Mutex::new(HashMap::new()),
            records: Mutex::new(HashMap::new()),
            place: Mutex::new(None),
            app: Mutex::new(()),
            language_override: Mutex::new(None),
            content_notice: Mutex::new(content_aside.clone()),
            content_aside,
            _open: open_dirs::OpenDir::hold(dir),
        };
        if core.personal_data_unavailable().is_none()
            && let Err(e) = core.finalize_expired()
        {
            core.close_if_damaged(e)?;
        }
        Ok(core)
    }

    /// After `err` from a personal call at open: when `user.db` itself is damaged (a page SQLite
    /// read only now), the personal store closes as [`Unavailable::Damaged`] (content works, the
    /// app shows recovery); any other error is returned.
    fn close_if_damaged(&self, err: Error) -> Result<()> {
        let damaged = match &err {
            Error::DatabaseCorrupt(_) => Self::check_files(&self.dir).iter().any(|f| f == USER_DB),
            _ => false,
        };
        if !damaged {
            return Err(err);
        }
        *lock(&self.user) =
            personal::UserSlot::Closed(Unavailable::Damaged, damage::named(USER_DB, err));
        Ok(())
    }

    /// Opens `user.db` in `dir`; a file cut short or damaged is [`Error::FileDamaged`] naming it.
    fn open_user(dir: &Path, provider: &dyn KeyProvider, now: i64) -> Result<UserDb> {
        let path = dir.join(USER_DB);
        if damage::cut_short(&path) {
            return Err(Error::FileDamaged {
                file: USER_DB.into(),
                reason: "the file is shorter than its header says".into(),
            });
        }
        UserDb::open(&path, provider, now).map_err(|e| damage::named(USER_DB, e))
    }

    /// The content bank, locked (the content lock is taken before the user lock, never after).
    pub(crate) fn content(&self) -> MutexGuard<'_, Connection> {
        lock(&self.content)
    }

    /// Moves a clock set by hand forward (`tick {elapsed_ms}` of a test script); the system
    /// clock ignores it.
    pub fn advance_test_clock(&self, ms: i64) {
        self.clock.advance_by(ms);
    }

    /// Sets the interface language of the app model for this process only, whatever the
    /// profile says (`qazstep app --lang`); `None` follows the profile again.
    pub fn override_interface_language(&self, language: Option<Locale>) {
        *lock(&self.language_override) = language;
    }

    /// The process's interface language override, if set.
    pub(crate) fn language_override(&self) -> Option<Locale> {
        *lock(&self.language_override)
    }

    /// The app model's cached place (see the `place` field).
    pub(crate) fn place_cache(&self) -> &Mutex<Option<Option<crate::app::Place>>> {
        &self.place
    }

    /// The lock one app event holds.
    pub(crate) fn app_lock(&self) -> &Mutex<()> {
        &self.app
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.dir
    }

    /// Now, by the injected clock (ms since the epoch).
    pub(crate) fn now(&self) -> i64 {
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
    pub(crate) fn registry(&self) -> Arc<BlueprintRegistry> {
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
        self.import_packs_with_media(packs, &[])
    }

    /// [`Qazstep::import_packs`] with the media files the packs name (figures, graphs, maps),
    /// given as their bytes in any order: each is matched to a pack's declaration by its
    /// SHA-256 and stored with the packs, in their transaction; a file no pack declares is
    /// refused (nothing is imported). Declared files not given can be given by a later import
    /// of the same packs; until then [`Qazstep::media`] does not find them.
    pub fn import_packs_with_media(
        &self,
        packs: &[&[u8]],
        media: &[&[u8]],
    ) -> std::result::Result<Vec<ImportReport>, (usize, Error)> {
        let mut validated = Vec::with_capacity(packs.len());
        for (i, bytes) in packs.iter().enumerate() {
            validated.push(Self::validate_pack(bytes).map_err(|ps| (i, Error::InvalidPack(ps)))?);
        }
        let mut declared: HashMap<&str, &str> = HashMap::new();
        for v in &validated {
            let lists = v
                .pack
                .contexts
                .iter()
                .map(|c| &c.media)
                .chain(v.pack.questions.iter().map(|q| &q.media));
            for m in lists.flatten() {
                declared.insert(m.sha256.as_str(), m.kind.as_str());
            }
        }
        let mut rows = Vec::with_capacity(media.len());
        for (i, bytes) in media.iter().enumerate() {
            use sha2::Digest;
            let sha = hex::encode(sha2::Sha256::digest(bytes));
            let kind = declared.get(sha.as_str()).ok_or_else(|| {
                (
                    packs.len().saturating_sub(1),
                    Error::invalid_input(format!(
                        "media file {i} (SHA-256 {sha}) is named by none of the packs given"
                    )),
                )
            })?;
            rows.push((sha.clone(), kind.to_string(), *bytes));
        }
        let now = self.now();
        let mut content = lock(&self.content);
        let refs: Vec<&ValidatedPack> = validated.iter().collect();
        let mut reports = bank::import_packs_with_media(&mut content, &refs, &rows, now)?;
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

    /// Imports the starter packs a shell ships (their bytes) when no pack is installed yet —
    /// what `launch` needs on a fresh install, since the library does not embed them. Returns
    /// whether it imported; all or none, like [`Qazstep::import_packs`].
    pub fn import_starter_packs(&self, packs: &[&[u8]]) -> Result<bool> {
        if !self.packs()?.is_empty() {
            return Ok(false);
        }
        self.import_packs(packs).map_err(|(_, e)| e)?;
        Ok(true)
    }

    /// The bytes of a question's or context's media file by its SHA-256 (the `sha256` of a
    /// screen's `MediaRef`). Errors: `media_not_found` when no import stored it.
    pub fn media(&self, sha256: &str) -> Result<Vec<u8>> {
        bank::media(&lock(&self.content), sha256)?.ok_or_else(|| {
            Error::not_found(
                MessageId::MediaNotFound,
                format!(
                    "no media file with SHA-256 {}",
                    sha256.chars().take(64).collect::<String>()
                ),
            )
        })
    }

    /// Imports a pack file with the media files it names, read beside it (each checked against
    /// its SHA-256 first: a missing or altered file imports nothing).
    pub fn import_pack_file(&self, path: &Path) -> Result<ImportReport> {
        let bytes = std::fs::read(path).map_err(|e| {
            Error::invalid(
                Message::new(MessageId::FileUnreadable).arg("file", path.display()),
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let pack = Self::validate_pack(&bytes).map_err(Error::InvalidPack)?;
        let dir = path.parent().unwrap_or_else(|| Path::new("."));
        let mut files: Vec<Vec<u8>> = Vec::new();
        let mut read = |rel: &str| -> std::io::Result<Vec<u8>> {
            let b = std::fs::read(dir.join(rel))?;
            files.push(b.clone());
            Ok(b)
        };
        let problems = content::media_problems(&pack.pack, &mut read);
        if !problems.is_empty() {
            return Err(Error::InvalidPack(problems));
        }
        let media: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
        let mut reports = self
            .import_packs_with_media(&[&bytes], &media)
            .map_err(|(_, e)| e)?;
        reports
            .pop()
            .ok_or_else(|| Error::Internal("an import gave no report".into()))
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
}
