//! The app model's rules that the scripts do not reach: recovery from a lost or unavailable key
//! and a damaged `user.db`, the policy shown again when a newer one is in force, the clock
//! (a tick writes nothing; time never comes back), a partly answered matching task, a repeated
//! practice answer, question media, and consent before anything personal.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::Arc;

use qazstep_core::app::{Event, OnboardingStep, ProfileForm, RecoveryReason, Screen};
use qazstep_core::crypto::{KeyProvider, KeyProviderError};
use qazstep_core::exam::ManualClock;
use qazstep_core::profile::{Consent, Profile};
use qazstep_core::{MessageId, Qazstep};
use zeroize::Zeroizing;

const T0: i64 = common::T0;

fn open(dir: &Path, key: Arc<dyn KeyProvider>, clock: &Arc<ManualClock>) -> Qazstep {
    let core = Qazstep::open_degraded(dir, key, clock.clone()).unwrap();
    let packs: Vec<Vec<u8>> = common::starter_packs()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let refs: Vec<&[u8]> = packs.iter().map(Vec::as_slice).collect();
    core.import_starter_packs(&refs).unwrap();
    core
}

fn ev(core: &Qazstep, json: &str) -> Screen {
    core.dispatch(Event::from_json(json).unwrap())
}

fn onboard(core: &Qazstep, role: &str, subjects: &[&str]) -> Screen {
    ev(core, r#"{"event":"launch"}"#);
    ev(core, r#"{"event":"set_language","language":"ru"}"#);
    ev(core, r#"{"event":"accept_policy"}"#);
    core.dispatch(Event::SubmitProfile(ProfileForm {
        role: Some(role.into()),
        subjects: Some(subjects.iter().map(|s| s.to_string()).collect()),
        ..ProfileForm::default()
    }))
}

fn error_id(s: &Screen) -> Option<MessageId> {
    s.error().map(|m| m.id)
}

/// A provider that cannot give the key now (a phone locked since its restart).
#[derive(Debug)]
struct Locked;
impl KeyProvider for Locked {
    fn wrap_key(&self, _key: &[u8]) -> Result<Vec<u8>, KeyProviderError> {
        Err(KeyProviderError::Unavailable("locked".into()))
    }
    fn unwrap_key(&self, _wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyProviderError> {
        Err(KeyProviderError::Unavailable("locked".into()))
    }
}

#[test]
fn a_lost_key_shows_recovery_and_erasing_starts_afresh_with_content_kept() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    {
        let core = open(dir.path(), common::key(1), &clock);
        assert!(matches!(
            onboard(&core, "student", &["math", "physics"]),
            Screen::Home(_)
        ));
    }
    // The keystore lost its key: another key opens nothing personal; content still works.
    let core = open(dir.path(), common::key(2), &clock);
    let s = ev(&core, r#"{"event":"launch"}"#);
    let Screen::Recovery(r) = &s else {
        panic!("{s:?}")
    };
    assert_eq!(r.reason, RecoveryReason::KeyLost);
    assert!(r.can_erase && !r.can_retry);
    assert!(!core.packs().unwrap().is_empty(), "content works");
    assert!(core.profile().is_err(), "personal calls say why");
    // Anything but erasing is refused and changes nothing; erasing needs the confirmation.
    assert_eq!(
        error_id(&ev(&core, r#"{"event":"home"}"#)),
        Some(MessageId::EventNotHere)
    );
    assert_eq!(
        error_id(&ev(&core, r#"{"event":"erase_data"}"#)),
        Some(MessageId::EraseNotConfirmed)
    );
    let s = ev(&core, r#"{"event":"erase_data","confirm":true}"#);
    assert!(
        matches!(&s, Screen::Onboarding(o) if o.step == OnboardingStep::Language),
        "{s:?}"
    );
    assert!(!core.packs().unwrap().is_empty(), "content kept");
    assert!(matches!(
        onboard(&core, "student", &["math", "physics"]),
        Screen::Home(_)
    ));
    drop(core);
    // The new data opens with the new key.
    let core = open(dir.path(), common::key(2), &clock);
    assert!(matches!(
        ev(&core, r#"{"event":"launch"}"#),
        Screen::Home(_)
    ));
}

#[test]
fn an_unavailable_key_waits_and_never_erases() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    {
        let core = open(dir.path(), common::key(1), &clock);
        onboard(&core, "student", &["math", "physics"]);
    }
    let core = open(dir.path(), Arc::new(Locked), &clock);
    let Screen::Recovery(r) = ev(&core, r#"{"event":"launch"}"#) else {
        panic!()
    };
    assert_eq!(r.reason, RecoveryReason::KeyUnavailable);
    assert!(r.can_retry && !r.can_erase);
    let s = ev(&core, r#"{"event":"erase_data","confirm":true}"#);
    assert_eq!(error_id(&s), Some(MessageId::KeyUnavailable), "{s:?}");
    drop(core);
    // Unlocked: everything is there.
    let core = open(dir.path(), common::key(1), &clock);
    assert!(matches!(
        ev(&core, r#"{"event":"launch"}"#),
        Screen::Home(_)
    ));
}

#[test]
fn a_damaged_user_db_shows_recovery_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    {
        let core = open(dir.path(), common::key(1), &clock);
        onboard(&core, "student", &["math", "physics"]);
        core.checkpoint().unwrap();
    }
    std::fs::write(dir.path().join("user.db"), vec![0x5a; 8192]).unwrap();
    let _ = std::fs::remove_file(dir.path().join("user.db-wal"));
    let core = open(dir.path(), common::key(1), &clock);
    let Screen::Recovery(r) = ev(&core, r#"{"event":"launch"}"#) else {
        panic!()
    };
    assert_eq!(r.reason, RecoveryReason::Damaged);
    assert_eq!(r.file, "user.db");
    let s = ev(&core, r#"{"event":"erase_data","confirm":true}"#);
    assert!(matches!(s, Screen::Onboarding(_)), "{s:?}");
}

#[test]
fn a_newer_policy_is_shown_again_before_anything_else() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    onboard(&core, "student", &["math", "physics"]);
    // The user accepted an earlier version (as if the app had since published a newer one).
    core.with_user_db(|db| {
        let mut p: Profile = db.profile()?.unwrap();
        p.consent = Some(Consent {
            policy_version: "2024-01-01".into(),
            accepted_at: T0,
        });
        db.put_profile(&p, T0)
    })
    .unwrap();
    let s = ev(&core, r#"{"event":"launch"}"#);
    let Screen::Onboarding(o) = &s else {
        panic!("{s:?}")
    };
    assert_eq!(o.step, OnboardingStep::Policy);
    let policy = o.policy.as_ref().unwrap();
    assert_eq!(policy.accepted_version.as_deref(), Some("2024-01-01"));
    assert_eq!(policy.operator_email, "bosskazybek@gmail.com");
    assert!(policy.notices.contains(&MessageId::NoticeNotOfficial));
    // Accepting returns to where the user was (home), with the profile intact.
    assert!(matches!(
        ev(&core, r#"{"event":"accept_policy"}"#),
        Screen::Home(_)
    ));
    assert_eq!(
        core.profile()
            .unwrap()
            .unwrap()
            .consent
            .unwrap()
            .policy_version,
        "2025-02-05"
    );
}

#[test]
fn declining_the_policy_erases_what_was_stored() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    ev(&core, r#"{"event":"launch"}"#);
    ev(&core, r#"{"event":"set_language","language":"ru"}"#);
    assert!(core.profile().unwrap().is_some(), "the language is kept");
    let s = ev(&core, r#"{"event":"decline_policy"}"#);
    assert!(matches!(&s, Screen::Onboarding(o) if o.step == OnboardingStep::Language));
    assert!(core.profile().unwrap().is_none(), "nothing is kept");
}

/// The last raw clock guard of `attempt` stored in user.db.
fn stored_guard(dir: &Path, attempt: &str) -> i64 {
    let conn = rusqlite::Connection::open(dir.join("user.db")).unwrap();
    conn.query_row(
        "SELECT last_seen FROM attempt_clock WHERE id = ?1",
        [attempt],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn a_tick_writes_nothing_and_time_never_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    onboard(&core, "student", &["math", "physics"]);
    let Screen::Exam(e) = ev(
        &core,
        r#"{"event":"start_exam","blueprint":"unt-2025","seed":1}"#,
    ) else {
        panic!()
    };
    let guard = stored_guard(dir.path(), &e.attempt);
    clock.advance(600_000);
    let Screen::Exam(t) = ev(&core, r#"{"event":"tick"}"#) else {
        panic!()
    };
    assert_eq!(t.remaining_seconds, e.remaining_seconds - 600);
    assert_eq!(stored_guard(dir.path(), &e.attempt), guard, "a tick wrote");
    // The wall clock goes back an hour: the remaining time does not grow.
    clock.advance(-3_600_000);
    let Screen::Exam(back) = ev(&core, r#"{"event":"tick"}"#) else {
        panic!()
    };
    assert_eq!(back.remaining_seconds, t.remaining_seconds);
    // Pause stores the guard.
    ev(&core, r#"{"event":"pause"}"#);
    assert_eq!(stored_guard(dir.path(), &e.attempt), T0 + 600_000);
    drop(core);
    // After a restart with the clock still back, the stored guard holds.
    let core = open(dir.path(), common::key(1), &clock);
    let Screen::Exam(again) = ev(&core, r#"{"event":"launch"}"#) else {
        panic!()
    };
    assert_eq!(again.remaining_seconds, t.remaining_seconds);
}

#[test]
fn a_partly_answered_matching_task_is_stored_but_not_answered() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    onboard(&core, "student", &["math", "physics"]);
    let Screen::Exam(e) = ev(
        &core,
        r#"{"event":"start_exam","blueprint":"unt-2025","seed":3}"#,
    ) else {
        panic!()
    };
    let Screen::Exam(m) = ev(&core, r#"{"event":"go_to","position":71}"#) else {
        panic!()
    };
    assert_eq!(
        m.question.kind,
        qazstep_core::content::QuestionKind::Matching
    );
    let prompts = m.question.prompts.len();
    assert!(prompts >= 2);
    let Screen::Exam(part) = ev(
        &core,
        r#"{"event":"answer","position":71,"response":[[0,0]]}"#,
    ) else {
        panic!()
    };
    let cell = &part.palette[70];
    assert!(!cell.answered && cell.partial, "{cell:?}");
    assert_eq!(part.answered_count, 0);
    assert!(
        core.attempt(&e.attempt).unwrap().questions[70]
            .response
            .is_some(),
        "stored: it can earn partial credit"
    );
    let all: Vec<[i64; 2]> = (0..prompts as i64).map(|p| [p, p]).collect();
    let Screen::Exam(full) = ev(
        &core,
        &format!(
            r#"{{"event":"answer","position":71,"response":{}}}"#,
            serde_json::to_string(&all).unwrap()
        ),
    ) else {
        panic!()
    };
    let cell = &full.palette[70];
    assert!(cell.answered && !cell.partial);
    assert_eq!(full.answered_count, 1);
}

#[test]
fn a_repeated_practice_answer_is_one_answer() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    onboard(&core, "student", &["math", "physics"]);
    let Screen::Practice(p) = ev(
        &core,
        r#"{"event":"start_practice","subject":"physics","count":2,"seed":9}"#,
    ) else {
        panic!()
    };
    let kind = p.question.unwrap().kind;
    let r = match kind {
        qazstep_core::content::QuestionKind::Matching => "[[0,0],[1,1]]",
        _ => "[0]",
    };
    let answer = format!(r#"{{"event":"practice_answer","response":{r}}}"#);
    let first = ev(&core, &answer);
    let before = core.progress().unwrap().answered;
    assert_eq!(before, 1);
    let again = ev(&core, &answer);
    assert_eq!(error_id(&again), None, "a double tap is no error");
    assert_eq!(again, first);
    assert_eq!(
        core.progress().unwrap().answered,
        before,
        "one answer, one event"
    );
    // Another answer to the same presentation is refused.
    let other = match kind {
        qazstep_core::content::QuestionKind::Matching => "[[0,1],[1,0]]",
        _ => "[1]",
    };
    let s = ev(
        &core,
        &format!(r#"{{"event":"practice_answer","response":{other}}}"#),
    );
    assert_eq!(error_id(&s), Some(MessageId::PracticeAlreadyAnswered));
    assert_eq!(core.progress().unwrap().answered, before);
}

#[test]
fn consent_comes_before_anything_personal() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    // The policy first (no profile yet), the ИИН after; only a published version.
    assert!(core.give_consent("yesterday").is_err());
    assert!(core.profile().unwrap().is_none());
    let c = core.give_consent("2025-02-05").unwrap();
    assert_eq!(c.accepted_at, T0, "milliseconds");
    assert!(core.profile().unwrap().unwrap().iin_masked.is_none());
    // Withdrawing erases.
    core.withdraw_consent().unwrap();
    assert!(core.profile().unwrap().is_none());
}

#[test]
fn question_media_are_stored_with_their_pack_and_served_by_hash() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = Qazstep::open_with_clock(dir.path(), common::key(1), clock).unwrap();
    let image = b"\x89PNG\r\n\x1a\n a small figure".to_vec();
    let sha = hex::encode(sha2::Sha256::digest(&image));
    let mut pack: serde_json::Value =
        serde_json::from_str(&common::synthetic_pack("kk", 1, "m")).unwrap();
    pack["questions"][0]["media"] = serde_json::json!([{"kind": "image", "path": "img/f.png", "sha256": sha, "alt": "a figure"}]);
    let bytes = serde_json::to_vec(&pack).unwrap();
    // A file the pack does not name is refused, and nothing is imported.
    assert!(
        core.import_packs_with_media(&[&bytes], &[b"other"])
            .is_err()
    );
    assert!(core.packs().unwrap().is_empty());
    core.import_packs_with_media(&[&bytes], &[&image]).unwrap();
    assert_eq!(core.media(&sha).unwrap(), image);
    let err = core.media(&"0".repeat(64)).unwrap_err();
    assert_eq!(err.message().id, MessageId::MediaNotFound);
    // From a file, media are read beside the pack; a missing one imports nothing.
    let other = tempfile::tempdir().unwrap();
    let core2 = Qazstep::open(other.path(), common::key(1)).unwrap();
    let pack_path = other.path().join("p.json");
    std::fs::write(&pack_path, &bytes).unwrap();
    assert!(core2.import_pack_file(&pack_path).is_err());
    assert!(core2.packs().unwrap().is_empty());
    std::fs::create_dir_all(other.path().join("img")).unwrap();
    std::fs::write(other.path().join("img/f.png"), &image).unwrap();
    core2.import_pack_file(&pack_path).unwrap();
    assert_eq!(core2.media(&sha).unwrap(), image);
}

#[test]
fn the_interface_language_override_names_things_in_that_language() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    onboard(&core, "student", &["math", "physics"]);
    let Screen::Exam(ru) = ev(
        &core,
        r#"{"event":"start_exam","blueprint":"unt-2025","seed":1}"#,
    ) else {
        panic!()
    };
    assert_eq!(ru.sections[0].name, "История Казахстана");
    core.override_interface_language(Some(qazstep_core::content::Locale::Kk));
    let Screen::Exam(kk) = ev(&core, r#"{"event":"next"}"#) else {
        panic!()
    };
    assert_eq!(kk.sections[0].name, "Қазақстан тарихы");
    assert_eq!(kk.name, "ҰБТ 2025");
}

#[test]
fn the_place_is_sealed_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let core = open(dir.path(), common::key(1), &clock);
    onboard(&core, "student", &["math", "physics"]);
    ev(&core, r#"{"event":"open_progress"}"#);
    core.with_user_db(|db| db.checkpoint_truncate()).unwrap();
    let raw = common::raw_user_files(dir.path());
    assert!(!common::contains(&raw, b"progress"), "the place is sealed");
    let export: serde_json::Value =
        serde_json::from_str(&core.export_personal_data().unwrap()).unwrap();
    assert_eq!(export["tables"]["app_state"][0]["data"], "progress");
}

/// Flips a byte in the sealed `column` of row `id` of `table` in user.db.
fn damage_sealed(dir: &Path, table: &str, column: &str, id: &str) {
    let c = rusqlite::Connection::open(dir.join("user.db")).unwrap();
    let mut blob: Vec<u8> = c
        .query_row(
            &format!("SELECT {column} FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap();
    let mid = blob.len() / 2;
    blob[mid] ^= 0x55;
    c.execute(
        &format!("UPDATE {table} SET {column} = ?1 WHERE id = ?2"),
        rusqlite::params![blob, id],
    )
    .unwrap();
}

/// One damaged record (an attempt's plan): the home screen, which lists attempts, gives way to
/// the recovery screen naming that record and offering its removal; `remove_damaged` removes
/// it alone, and home lists the other attempt.
#[test]
fn a_damaged_attempt_is_named_and_removed_alone() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let (kept, lost) = {
        let core = open(dir.path(), common::key(1), &clock);
        onboard(&core, "student", &["math", "physics"]);
        let mut ids = Vec::new();
        for seed in [1, 2] {
            let a = core
                .start_exam(&qazstep_core::StartExam {
                    blueprint: "unt-2025".into(),
                    subjects: vec!["math".into(), "physics".into()],
                    category: None,
                    locale: qazstep_core::content::Locale::Ru,
                    seed: Some(seed),
                    extra_time: false,
                })
                .unwrap();
            core.submit(&a.attempt).unwrap();
            ids.push(a.attempt);
        }
        (ids[0].clone(), ids[1].clone())
    };
    damage_sealed(dir.path(), "attempts", "plan", &lost);
    let core = open(dir.path(), common::key(1), &clock);
    let s = ev(&core, r#"{"event":"launch"}"#);
    let Screen::Recovery(r) = &s else {
        panic!("{s:?}")
    };
    assert_eq!(r.reason, RecoveryReason::Damaged);
    assert!(r.can_remove && !r.can_retry);
    assert_eq!(r.records.len(), 1);
    assert_eq!(
        (r.records[0].table.as_str(), r.records[0].record.as_str()),
        ("attempts", lost.as_str())
    );
    // Nothing else fits this screen's offer; the store is unchanged by a refused event.
    let attempts = core.attempts().unwrap();
    assert_eq!(attempts.iter().filter(|a| a.damaged).count(), 1);
    let s = ev(&core, r#"{"event":"remove_damaged"}"#);
    assert!(matches!(s, Screen::Home(_)), "{s:?}");
    let left = core.attempts().unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].attempt, kept);
    assert!(!left[0].damaged && left[0].total.is_some());
}

/// A damaged profile: launch names it; removing it starts onboarding; the exams stay.
#[test]
fn a_damaged_profile_is_named_and_removing_it_keeps_the_exams() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    {
        let core = open(dir.path(), common::key(1), &clock);
        onboard(&core, "student", &["math", "physics"]);
        ev(
            &core,
            r#"{"event":"start_exam","blueprint":"unt-2025","seed":3}"#,
        );
    }
    let id: String = rusqlite::Connection::open(dir.path().join("user.db"))
        .unwrap()
        .query_row("SELECT id FROM profile", [], |r| r.get(0))
        .unwrap();
    damage_sealed(dir.path(), "profile", "data", &id);
    let core = open(dir.path(), common::key(1), &clock);
    let s = ev(&core, r#"{"event":"launch"}"#);
    let Screen::Recovery(r) = &s else {
        panic!("{s:?}")
    };
    assert_eq!(r.records[0].table, "profile");
    assert_eq!(error_id(&s), Some(MessageId::DataDamaged));
    let s = ev(&core, r#"{"event":"remove_damaged"}"#);
    assert!(matches!(s, Screen::Onboarding(_)), "{s:?}");
    assert_eq!(core.attempts().unwrap().len(), 1, "the exam stays");
}

/// A damaged question bank is set aside at open (kept, renamed), the starter packs refill the
/// new one, and the first `launch` says so once; the personal data is untouched.
#[test]
fn a_damaged_bank_is_set_aside_and_the_first_launch_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    {
        let core = open(dir.path(), common::key(1), &clock);
        onboard(&core, "student", &["math", "physics"]);
    }
    std::fs::write(dir.path().join("content.db"), vec![0x42u8; 8192]).unwrap();
    let core = open(dir.path(), common::key(1), &clock);
    let aside = core.content_set_aside().unwrap();
    assert!(dir.path().join(&aside).exists(), "kept, not deleted");
    assert!(
        !core.packs().unwrap().is_empty(),
        "the starter packs are back"
    );
    let s = ev(&core, r#"{"event":"launch"}"#);
    assert!(matches!(s, Screen::Home(_)), "{s:?}");
    let m = s.error().unwrap();
    assert_eq!(m.id, MessageId::ContentSetAside);
    assert_eq!(ev(&core, r#"{"event":"launch"}"#).error(), None, "once");
}
