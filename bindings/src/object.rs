//! [`Qazstep`]: the one object a shell holds (Kotlin `kz.qazstep.core.Qazstep`, Swift
//! `QazstepCore.Qazstep`: the module keeps the name `QazstepCore`, so the class cannot).
//!
//! Invariants: each method converts its arguments, calls the core facade once and converts the
//! result (errors through [`QazstepError`]'s one mapping); no exam rule, SQL or crypto lives
//! here. The object is `Send + Sync` (the facade locks internally): share one per process.

use std::path::Path;
use std::sync::Arc;

use qazstep_core::Qazstep as Core;
use qazstep_core::exam::{Clock, ManualClock, SystemClock};

use crate::app::{Event, Screen};
use crate::content::{BlueprintInfo, ImportReport, Language, PackInfo, SubjectInfo, Topic};
use crate::error::QazstepError;
use crate::exam::{
    AnswerAck, AttemptSummary, AttemptView, Response, Review, ScoreReport, StartExam,
};
use crate::key_provider::{ForeignKeyProvider, KeyProvider};
use crate::practice::{Feedback, PracticeRequest, PracticeSession, ProgressReport};
use crate::profile::{Consent, ProfileUpdate, ProfileView};

/// The Qazstep core: question bank, mock exams, practice, progress and the user's sealed
/// personal data, in one data directory. Thread-safe: open one per process and share it.
/// Calls are synchronous and may touch the disk: call them off the main thread
/// (Kotlin: `Dispatchers.IO`; Swift: a `Task`). Close it (`close()`/`use {}` in Kotlin) when the
/// app no longer needs it.
#[derive(uniffi::Object)]
pub struct Qazstep {
    inner: Core,
}

impl std::fmt::Debug for Qazstep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

fn list<T, U: From<T>>(items: Vec<T>) -> Vec<U> {
    items.into_iter().map(U::from).collect()
}

impl Qazstep {
    fn open_with(
        data_dir: &str,
        key_provider: Arc<dyn KeyProvider>,
        clock: Arc<dyn Clock>,
    ) -> Result<Arc<Self>, QazstepError> {
        let provider = Arc::new(ForeignKeyProvider(key_provider));
        let inner = Core::open_degraded(Path::new(data_dir), provider, clock)?;
        Ok(Arc::new(Self { inner }))
    }
}

#[uniffi::export]
impl Qazstep {
    /// Opens (creating when needed) the data directory `data_dir`, with `key_provider` wrapping
    /// the data key (first open: a new data key is made and wrapped). Personal data that cannot
    /// be opened — the key unavailable for now or lost, the file damaged or from a newer app —
    /// does not make this throw: content works, the app model shows the recovery screen, and
    /// the personal calls throw the reason (`KeyUnavailable`, `KeyMismatch`, `DataCorrupted`,
    /// `SchemaTooNew`) until `dispatch(Launch)` or an erasure fixes it. Throws only when the
    /// directory cannot be used at all (read-only, full, content damaged).
    #[uniffi::constructor]
    pub fn open(
        data_dir: String,
        key_provider: Arc<dyn KeyProvider>,
    ) -> Result<Arc<Self>, QazstepError> {
        Self::open_with(&data_dir, key_provider, Arc::new(SystemClock))
    }

    /// As `open`, with a clock fixed at `now_ms` (UTC ms) that only `Tick(elapsedMs)` moves: for
    /// tests that replay event scripts and must see the same screens on every shell.
    #[uniffi::constructor]
    pub fn open_at(
        data_dir: String,
        key_provider: Arc<dyn KeyProvider>,
        now_ms: i64,
    ) -> Result<Arc<Self>, QazstepError> {
        Self::open_with(&data_dir, key_provider, Arc::new(ManualClock::new(now_ms)))
    }

    // ---- the app model -------------------------------------------------------------------

    /// Answers `event` with the screen to draw (spec/app.md). Never throws: a refused event
    /// returns the screen on display with `error` set, and changes nothing.
    pub fn dispatch(&self, event: Event) -> Screen {
        self.inner.dispatch(event.into()).into()
    }

    /// The screen on display now.
    pub fn screen(&self) -> Screen {
        self.inner.screen().into()
    }

    /// Imports the starter packs the app ships (their JSON bytes) when no pack is installed —
    /// call before the first `dispatch(Launch)`; returns whether it imported. The library does
    /// not embed them. All or nothing.
    pub fn import_starter_packs(&self, packs: Vec<Vec<u8>>) -> Result<bool, QazstepError> {
        let refs: Vec<&[u8]> = packs.iter().map(Vec::as_slice).collect();
        Ok(self.inner.import_starter_packs(&refs)?)
    }

    /// The bytes of a question's or context's media (a figure, graph or map) by the `sha256`
    /// of its `MediaRef`. `NotFound` when no import stored it.
    pub fn media(&self, sha256: String) -> Result<Vec<u8>, QazstepError> {
        Ok(self.inner.media(&sha256)?)
    }

    /// Stores every open attempt's clock guard and checkpoints: call when the app goes to the
    /// background (`dispatch(Pause)` does the same).
    pub fn pause(&self) -> Result<(), QazstepError> {
        Ok(self.inner.pause()?)
    }

    /// The data directory this core was opened on.
    pub fn data_dir(&self) -> String {
        self.inner.data_dir().to_string_lossy().into_owned()
    }

    // ---- content ---------------------------------------------------------------------------

    /// Imports a content pack given as its JSON bytes: validated as a whole, then imported
    /// atomically (a pack with any problem imports nothing: `InvalidInput`).
    pub fn import_pack(&self, bytes: Vec<u8>) -> Result<ImportReport, QazstepError> {
        Ok(self.inner.import_pack(&bytes)?.into())
    }

    /// Imports a pack with the media files it names (their bytes, in any order: each is matched
    /// to the pack's declaration by its SHA-256; a file the pack does not name is refused and
    /// nothing is imported).
    pub fn import_pack_with_media(
        &self,
        bytes: Vec<u8>,
        media: Vec<Vec<u8>>,
    ) -> Result<ImportReport, QazstepError> {
        let files: Vec<&[u8]> = media.iter().map(Vec::as_slice).collect();
        let mut reports = self
            .inner
            .import_packs_with_media(&[&bytes], &files)
            .map_err(|(_, e)| QazstepError::from(e))?;
        reports.pop().map(Into::into).ok_or(QazstepError::Internal {
            reason: "an import gave no report".into(),
        })
    }

    /// Imports a content pack file (e.g. one shipped in the app's assets and copied out).
    pub fn import_pack_file(&self, path: String) -> Result<ImportReport, QazstepError> {
        Ok(self.inner.import_pack_file(Path::new(&path))?.into())
    }

    /// The installed packs.
    pub fn packs(&self) -> Result<Vec<PackInfo>, QazstepError> {
        Ok(list(self.inner.packs()?))
    }

    /// Every known subject (built in and from packs), with names in kk/ru.
    pub fn subjects(&self) -> Result<Vec<SubjectInfo>, QazstepError> {
        Ok(list(self.inner.subjects()?))
    }

    /// Topics of `subject` (a subject code), or of every subject when `null`.
    #[uniffi::method(default(subject = None))]
    pub fn topics(&self, subject: Option<String>) -> Result<Vec<Topic>, QazstepError> {
        Ok(list(self.inner.topics(subject.as_deref())?))
    }

    /// The blueprints (exam rules by year) available to start an exam with.
    pub fn blueprints(&self) -> Vec<BlueprintInfo> {
        list(self.inner.blueprints())
    }

    // ---- profile ---------------------------------------------------------------------------

    /// The profile with the ИИН masked; `null` before one is set.
    pub fn profile(&self) -> Result<Option<ProfileView>, QazstepError> {
        Ok(self.inner.profile()?.map(Into::into))
    }

    /// Creates or corrects the profile (a new one needs an ИИН, which is validated:
    /// `InvalidIin`). Nothing is stored when any field is invalid.
    pub fn set_profile(&self, update: ProfileUpdate) -> Result<ProfileView, QazstepError> {
        Ok(self.inner.set_profile(update.into())?.into())
    }

    /// Records consent to a published version of the privacy policy (`2025-02-05`); works
    /// before any profile exists: the policy is accepted first, the ИИН after.
    pub fn give_consent(&self, policy_version: String) -> Result<Consent, QazstepError> {
        Ok(self.inner.give_consent(&policy_version)?.into())
    }

    /// Withdraws consent: every personal datum and its key are erased (as
    /// `erase_personal_data`); content stays.
    pub fn withdraw_consent(&self) -> Result<(), QazstepError> {
        Ok(self.inner.withdraw_consent()?)
    }

    // ---- exams -----------------------------------------------------------------------------

    /// Assembles and starts a mock exam; the clock starts now. `InsufficientContent` when the
    /// bank lacks questions; nothing is stored on any error.
    pub fn start_exam(&self, request: StartExam) -> Result<AttemptSummary, QazstepError> {
        Ok(self.inner.start_exam(&request.into())?.into())
    }

    /// The attempt as drawn: every question (no answer keys), recorded responses, flags and
    /// the remaining time.
    pub fn attempt(&self, id: String) -> Result<AttemptView, QazstepError> {
        Ok(self.inner.attempt(&id)?.into())
    }

    /// One page of the attempt: as `attempt`, but `questions` holds only positions
    /// `first ..= first + count - 1` (cut at the last position), so only those questions are
    /// read. `InvalidInput` when `first` is not a position of the attempt or `count` is 0.
    pub fn attempt_page(
        &self,
        id: String,
        first: i32,
        count: i32,
    ) -> Result<AttemptView, QazstepError> {
        Ok(self
            .inner
            .attempt_page(&id, crate::uint(first), crate::uint(count))?
            .into())
    }

    /// Records (or changes) the response at 1-based `position`, in shown option indexes.
    /// Returns only after the answer is durably committed. A response that does not fit the
    /// question is `InvalidInput`; a closed attempt is `Conflict`.
    pub fn answer(
        &self,
        id: String,
        position: i32,
        response: Response,
    ) -> Result<AnswerAck, QazstepError> {
        Ok(self
            .inner
            .answer(&id, crate::uint(position), &response.into())?
            .into())
    }

    /// Clears the response at `position` (a flag stays).
    pub fn clear_answer(&self, id: String, position: i32) -> Result<AnswerAck, QazstepError> {
        Ok(self.inner.clear_answer(&id, crate::uint(position))?.into())
    }

    /// Flags or unflags `position` for later.
    pub fn flag(
        &self,
        id: String,
        position: i32,
        flagged: bool,
    ) -> Result<AnswerAck, QazstepError> {
        Ok(self.inner.flag(&id, crate::uint(position), flagged)?.into())
    }

    /// Seconds left on the attempt (0 once submitted or expired; an expired attempt is scored).
    pub fn remaining_seconds(&self, id: String) -> Result<i64, QazstepError> {
        Ok(self.inner.remaining_seconds(&id)?)
    }

    /// Scores and closes the attempt; returns its score report.
    pub fn submit(&self, id: String) -> Result<ScoreReport, QazstepError> {
        Ok(self.inner.submit(&id)?.into())
    }

    /// The score report of a submitted attempt.
    pub fn report(&self, id: String) -> Result<ScoreReport, QazstepError> {
        Ok(self.inner.report(&id)?.into())
    }

    /// Attempts still open, to resume (newest first). Expired ones are scored first.
    pub fn unfinished_attempts(&self) -> Result<Vec<AttemptSummary>, QazstepError> {
        Ok(list(self.inner.unfinished_attempts()?))
    }

    /// Every attempt, newest first (history).
    pub fn attempts(&self) -> Result<Vec<AttemptSummary>, QazstepError> {
        Ok(list(self.inner.attempts()?))
    }

    /// The review of a submitted attempt: every question with response, key, points and
    /// explanation, and a per-topic breakdown.
    pub fn review(&self, id: String) -> Result<Review, QazstepError> {
        Ok(self.inner.review(&id)?.into())
    }

    // ---- practice and progress ------------------------------------------------------------

    /// Starts a practice session on a subject (and optional topic): unseen questions first.
    pub fn start_practice(
        &self,
        request: PracticeRequest,
    ) -> Result<PracticeSession, QazstepError> {
        Ok(self.inner.start_practice(&request.into())?.into())
    }

    /// Starts a review of up to `limit` questions last answered wrongly, in `language`
    /// (`NotFound` when there are none).
    pub fn start_mistakes_review(
        &self,
        language: Language,
        limit: i32,
    ) -> Result<PracticeSession, QazstepError> {
        Ok(self
            .inner
            .start_mistakes_review(language.into(), crate::uint(limit))?
            .into())
    }

    /// A practice session as it stands (to resume it).
    pub fn practice_session(&self, id: String) -> Result<PracticeSession, QazstepError> {
        Ok(self.inner.practice_session(&id)?.into())
    }

    /// Answers question `index` (0-based) of a practice session and returns immediate
    /// feedback: correct or not, points, the key and the explanation.
    pub fn practice_answer(
        &self,
        id: String,
        index: i32,
        response: Response,
    ) -> Result<Feedback, QazstepError> {
        Ok(self
            .inner
            .practice_answer(&id, crate::uint(index), &response.into())?
            .into())
    }

    /// Progress per subject and topic over every answer given.
    pub fn progress(&self) -> Result<ProgressReport, QazstepError> {
        Ok(self.inner.progress()?.into())
    }

    // ---- the user's rights and keys --------------------------------------------------------

    /// Every personal datum as readable JSON (the right of access). It contains the ИИН:
    /// hand it only to the user (share sheet, file they choose).
    pub fn export_personal_data(&self) -> Result<String, QazstepError> {
        Ok(self.inner.export_personal_data()?)
    }

    /// Erases all personal data and its key (the right to deletion). The core keeps working
    /// with an empty profile; content stays.
    pub fn erase_personal_data(&self) -> Result<(), QazstepError> {
        Ok(self.inner.erase_personal_data()?)
    }

    /// Re-wraps the data key with `new_provider` (the keystore key changed); afterwards only
    /// the new provider opens the data.
    pub fn rotate_wrapping_key(
        &self,
        new_provider: Arc<dyn KeyProvider>,
    ) -> Result<(), QazstepError> {
        Ok(self
            .inner
            .rotate_wrapping_key(Arc::new(ForeignKeyProvider(new_provider)))?)
    }

    /// Replaces the data key and re-seals every personal value (resumes if interrupted).
    pub fn rotate_data_key(&self) -> Result<(), QazstepError> {
        Ok(self.inner.rotate_data_key()?)
    }

    /// Checkpoints the personal store's write-ahead log; call when idle (after submit, on pause).
    pub fn checkpoint(&self) -> Result<(), QazstepError> {
        Ok(self.inner.checkpoint()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_object_is_shareable_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Qazstep>();
        assert_send_sync::<Arc<dyn KeyProvider>>();
    }
}
