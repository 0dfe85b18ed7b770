//! The sealed personal store seen from outside: no plaintext on disk, wrong keys, moved
//! ciphertexts, the user's rights (export, correction, erasure), key rotation, schema guards.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use qazstep_core::profile::Role;
use qazstep_core::scoring::Response;
use qazstep_core::store::keys::SEALED_COLUMNS;
use qazstep_core::{Error, ProfileUpdate, Qazstep, StartExam};

const NAME: &str = "Жансая ZQXMARKERNAME";

fn planted_iin() -> String {
    (0..100)
        .find_map(|i| iin_with_prefix(&format!("0312{:02}4{:04}", 10 + i % 18, 1234 + i)))
        .unwrap()
}

fn set_profile(core: &Qazstep, iin: &str) {
    core.set_profile(ProfileUpdate {
        iin: Some(Some(iin.into())),
        name: Some(Some(NAME.into())),
        role: Some(Role::Student),
        profile_subjects: Some(vec!["math".into(), "physics".into()]),
        ..ProfileUpdate::default()
    })
    .unwrap();
    core.give_consent("2025-02-05").unwrap();
}

/// Starts a ҰБТ mock in Kazakh and answers the first `n` positions with option 0 (or the
/// shapes other kinds need). Returns the attempt id.
fn answer_some(core: &Qazstep, n: u32) -> String {
    let a = core
        .start_exam(&StartExam {
            blueprint: "unt-2025".into(),
            subjects: vec!["math".into(), "physics".into()],
            category: None,
            locale: qazstep_core::content::Locale::Kk,
            seed: Some(11),
            extra_time: false,
        })
        .unwrap();
    let view = core.attempt(&a.attempt).unwrap();
    for q in view.questions.iter().take(n as usize) {
        let r = match q.kind {
            qazstep_core::content::QuestionKind::Matching => {
                Response::Matching(vec![(0, 0), (1, 1)])
            }
            _ => Response::Choice(vec![0]),
        };
        core.answer(&a.attempt, q.position, &r).unwrap();
    }
    a.attempt
}

#[test]
fn no_personal_marker_reaches_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let iin = planted_iin();
    let (core, _clock) = open_with_synthetic(dir.path());
    set_profile(&core, &iin);
    let attempt = answer_some(&core, 12);
    let report = core.submit(&attempt).unwrap();
    // Before the checkpoint (data in the WAL) and after it (data in the main file).
    for checkpoint in [false, true] {
        if checkpoint {
            core.checkpoint().unwrap();
        }
        let raw = raw_user_files(dir.path());
        assert!(raw.len() > 4096, "the files exist");
        for marker in [
            iin.as_bytes(),
            "ZQXMARKERNAME".as_bytes(),
            NAME.as_bytes(),
            b"2025-02-05",
            b"iin",
            b"profile_subjects",
            b"unt-2025",
            b"ZQXSTEM",
        ] {
            assert!(
                !contains(&raw, marker),
                "marker {:?} found in plaintext (checkpoint={checkpoint})",
                String::from_utf8_lossy(marker)
            );
        }
    }
    assert!(report.total <= report.max_total);
    // The content bank is public and plaintext by design.
    let mut content = std::fs::read(dir.path().join("content.db")).unwrap();
    content.extend(std::fs::read(dir.path().join("content.db-wal")).unwrap_or_default());
    assert!(contains(&content, b"ZQXSTEM"));
}

#[test]
fn wrong_key_is_key_mismatch_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (core, _) = open(dir.path(), 1);
        set_profile(&core, &planted_iin());
        core.checkpoint().unwrap();
    }
    let before = std::fs::read(dir.path().join("user.db")).unwrap();
    let err = Qazstep::open(dir.path(), key(2)).unwrap_err();
    assert!(matches!(err, Error::KeyMismatch), "{err}");
    assert!(!err.to_string().contains(&planted_iin()));
    let after = std::fs::read(dir.path().join("user.db")).unwrap();
    assert_eq!(before, after, "the file's bytes are unchanged");
    let (core, _) = open(dir.path(), 1);
    assert_eq!(core.profile().unwrap().unwrap().name.as_deref(), Some(NAME));
}

#[test]
fn swapped_ciphertexts_are_data_corrupted_and_other_records_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let attempt;
    {
        let (core, _) = open_with_synthetic(dir.path());
        set_profile(&core, &planted_iin());
        attempt = answer_some(&core, 3);
        core.checkpoint().unwrap();
    }
    {
        let conn = rusqlite::Connection::open(dir.path().join("user.db")).unwrap();
        let rows: Vec<(String, Vec<u8>)> = conn
            .prepare("SELECT id, data FROM responses ORDER BY position")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(rows.len(), 3);
        conn.execute(
            "UPDATE responses SET data = ?1 WHERE id = ?2",
            rusqlite::params![rows[1].1, rows[0].0],
        )
        .unwrap();
        conn.execute(
            "UPDATE responses SET data = ?1 WHERE id = ?2",
            rusqlite::params![rows[0].1, rows[1].0],
        )
        .unwrap();
    }
    let (core, _) = open(dir.path(), 7);
    let err = core.attempt(&attempt).unwrap_err();
    match &err {
        Error::DataCorrupted { table, field, row } => {
            assert_eq!((table.as_str(), field.as_str()), ("responses", "data"));
            assert!(row.starts_with(&attempt), "{row}");
        }
        other => panic!("expected DataCorrupted, got {other}"),
    }
    // Other records still open.
    assert_eq!(core.profile().unwrap().unwrap().name.as_deref(), Some(NAME));
}

#[test]
fn export_contains_every_sealed_table_and_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let iin = planted_iin();
    let (core, _) = open_with_synthetic(dir.path());
    set_profile(&core, &iin);
    let a = answer_some(&core, 2);
    core.submit(&a).unwrap();
    let _b = answer_some(&core, 1);
    let s = core
        .start_practice(&qazstep_core::practice::PracticeRequest {
            subject: "math".into(),
            topic: None,
            count: 2,
            locale: qazstep_core::content::Locale::Kk,
            exam: qazstep_core::content::Exam::Unt,
            seed: Some(1),
        })
        .unwrap();
    core.practice_answer(&s.id, 0, &Response::Choice(vec![0]))
        .unwrap_or_else(|_| {
            core.practice_answer(&s.id, 0, &Response::Matching(vec![(0, 0), (1, 1)]))
                .unwrap()
        });
    // Where the user is in the app (the app model stores it on every screen change).
    core.with_user_db(|u| u.put_place(&qazstep_core::app::Place::Home.encode(), 2))
        .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&core.export_personal_data().unwrap()).unwrap();
    let tables = json["tables"].as_object().unwrap();
    for (table, _) in SEALED_COLUMNS {
        let rows = tables[*table]
            .as_array()
            .unwrap_or_else(|| panic!("{table} missing from export"));
        assert!(!rows.is_empty(), "{table} is empty in the export");
    }
    let text = json.to_string();
    assert!(
        text.contains(&iin),
        "the ИИН is exported in full to its owner"
    );
    assert!(text.contains("ZQXMARKERNAME"));
    assert!(text.contains("2025-02-05"));
    assert_eq!(tables["responses"].as_array().unwrap().len(), 3);
}

#[test]
fn correction_and_erasure() {
    let dir = tempfile::tempdir().unwrap();
    let iin = planted_iin();
    let (core, _) = open_with_synthetic(dir.path());
    set_profile(&core, &iin);
    // Correction through the normal setters; an invalid ИИН changes nothing.
    let err = core
        .set_profile(ProfileUpdate {
            iin: Some(Some("123".into())),
            name: Some(Some("X".into())),
            ..Default::default()
        })
        .unwrap_err();
    assert!(matches!(err, Error::InvalidIin(_)));
    assert_eq!(core.profile().unwrap().unwrap().name.as_deref(), Some(NAME));
    core.set_profile(ProfileUpdate {
        name: Some(None),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(core.profile().unwrap().unwrap().name, None);
    let a = answer_some(&core, 5);
    core.submit(&a).unwrap();
    let packs_before = core.packs().unwrap();

    core.erase_personal_data().unwrap();
    assert!(core.profile().unwrap().is_none());
    assert!(core.attempts().unwrap().is_empty());
    assert_eq!(core.progress().unwrap().answered, 0);
    assert_eq!(core.packs().unwrap(), packs_before, "content is untouched");
    let raw = raw_user_files(dir.path());
    assert!(!contains(&raw, iin.as_bytes()));
    // The app keeps working with a fresh, empty profile.
    set_profile(&core, &iin);
    drop(core);
    let (core, _) = open(dir.path(), 7);
    assert_eq!(
        core.profile().unwrap().unwrap().iin_masked.unwrap().len(),
        iin_masked_len()
    );
}

fn iin_masked_len() -> usize {
    "80••••••••16".len()
}

#[test]
fn key_rotation_keeps_data_and_moves_keys() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_synthetic(dir.path());
    set_profile(&core, &planted_iin());
    let a = answer_some(&core, 4);
    core.rotate_data_key().unwrap();
    assert_eq!(
        core.attempt(&a)
            .unwrap()
            .questions
            .iter()
            .filter(|q| q.response.is_some())
            .count(),
        4
    );
    core.rotate_wrapping_key(key(9)).unwrap();
    drop(core);
    assert!(matches!(
        Qazstep::open(dir.path(), key(7)).unwrap_err(),
        Error::KeyMismatch
    ));
    let (core, _) = open(dir.path(), 9);
    assert_eq!(core.profile().unwrap().unwrap().name.as_deref(), Some(NAME));
    let conn = rusqlite::Connection::open(dir.path().join("user.db")).unwrap();
    let keys: Vec<u32> = conn
        .prepare("SELECT key_id FROM key_meta")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(keys, vec![2], "one active key, the old one deleted");
    let stale: i64 = conn
        .query_row("SELECT count(*) FROM responses WHERE kid != 2", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(stale, 0);
}

#[test]
fn interrupted_data_key_rotation_is_finished_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let (core, clock) = open_with_synthetic(dir.path());
    set_profile(&core, &planted_iin());
    let a = answer_some(&core, 30);
    core.with_user_db(|db| db.rotate_data_key_partially(key(7).as_ref(), clock_now(&clock), 0))
        .unwrap();
    drop(core);
    {
        let conn = rusqlite::Connection::open(dir.path().join("user.db")).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM key_meta", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2, "rotation started, not finished");
    }
    let (core, _) = open(dir.path(), 7);
    assert_eq!(
        core.attempt(&a)
            .unwrap()
            .questions
            .iter()
            .filter(|q| q.response.is_some())
            .count(),
        30
    );
    let conn = rusqlite::Connection::open(dir.path().join("user.db")).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM key_meta", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

fn clock_now(c: &qazstep_core::exam::ManualClock) -> i64 {
    use qazstep_core::exam::Clock;
    c.now_ms()
}

#[test]
fn newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path(), 1));
    {
        let conn = rusqlite::Connection::open(dir.path().join("user.db")).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Qazstep::open(dir.path(), key(1)).unwrap_err();
    assert!(
        matches!(err, Error::SchemaTooNew { found: 99, .. }),
        "{err}"
    );
}

#[test]
fn full_disk_is_a_clear_error_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_synthetic(dir.path());
    set_profile(&core, &planted_iin());
    let a = answer_some(&core, 5);
    // Clamps to the current size: nothing more fits.
    core.with_user_db(|db| db.set_max_page_count(1)).unwrap();
    let mut saw_full = false;
    let view = core.attempt(&a).unwrap();
    for q in view.questions.iter().skip(5).take(200) {
        let r = match q.kind {
            qazstep_core::content::QuestionKind::Matching => {
                Response::Matching(vec![(0, 0), (1, 1)])
            }
            _ => Response::Choice(vec![0]),
        };
        match core.answer(&a, q.position, &r) {
            Ok(_) => {}
            Err(Error::StorageFull) => {
                saw_full = true;
                break;
            }
            Err(other) => panic!("expected StorageFull, got {other}"),
        }
    }
    assert!(saw_full, "the page limit was reached");
    let answered = core
        .attempt(&a)
        .unwrap()
        .questions
        .iter()
        .filter(|q| q.response.is_some())
        .count();
    assert!(answered >= 5, "nothing already saved is lost");
    assert!(core.with_user_db(|db| db.integrity_ok()).unwrap());
}

#[test]
fn a_user_whose_key_is_gone_can_still_erase_their_data() {
    let dir = tempfile::tempdir().unwrap();
    let iin = planted_iin();
    let packs_before;
    {
        let (core, _) = open_with_synthetic(dir.path());
        set_profile(&core, &iin);
        let a = answer_some(&core, 5);
        core.submit(&a).unwrap();
        answer_some(&core, 3); // an unfinished attempt too, its answers still in the WAL
        packs_before = core.packs().unwrap();
    }
    // The keystore was reset: the old wrapping key (7) is gone for good.
    let err = Qazstep::open(dir.path(), key(8)).unwrap_err();
    assert!(matches!(err, Error::KeyMismatch), "{err}");
    Qazstep::erase_personal_data_without_key(dir.path()).unwrap();
    // The personal files are gone (scrubbed first: see the store's unit test); content stays.
    for file in ["user.db", "user.db-wal", "user.db-shm"] {
        assert!(!dir.path().join(file).exists(), "{file}");
    }
    assert!(dir.path().join("content.db").exists());

    // The new key opens a fresh, empty store; content is untouched; the app works again.
    let (core, _) = open(dir.path(), 8);
    assert!(core.profile().unwrap().is_none());
    assert!(core.attempts().unwrap().is_empty());
    assert_eq!(core.progress().unwrap().answered, 0);
    assert_eq!(core.packs().unwrap(), packs_before);
    set_profile(&core, &iin);
    answer_some(&core, 2);
    drop(core);
    let (core, _) = open(dir.path(), 8);
    assert_eq!(core.profile().unwrap().unwrap().name.as_deref(), Some(NAME));
    // With the old key, the new data does not open: it was never the old key's.
    drop(core);
    assert!(matches!(
        Qazstep::open(dir.path(), key(7)).unwrap_err(),
        Error::KeyMismatch
    ));
}

#[test]
fn erasing_without_the_key_refuses_while_this_process_has_the_directory_open() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_synthetic(dir.path());
    set_profile(&core, &planted_iin());
    // Another spelling of the same directory is the same directory.
    let spelled = dir.path().join(".");
    let err = Qazstep::erase_personal_data_without_key(&spelled).unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err}");
    assert!(dir.path().join("user.db").exists());
    assert_eq!(core.profile().unwrap().unwrap().name.as_deref(), Some(NAME));
    drop(core);
    Qazstep::erase_personal_data_without_key(&spelled).unwrap();
    assert!(!dir.path().join("user.db").exists());
}

#[test]
fn erasing_without_the_key_removes_a_damaged_or_newer_file_and_accepts_none() {
    // No data directory yet: nothing to erase.
    let dir = tempfile::tempdir().unwrap();
    Qazstep::erase_personal_data_without_key(&dir.path().join("never-created")).unwrap();

    // A damaged user.db: the app cannot open it, erasing removes it, the app starts afresh.
    {
        let (core, _) = open_with_synthetic(dir.path());
        set_profile(&core, &planted_iin());
        core.checkpoint().unwrap();
    }
    let user_db = dir.path().join("user.db");
    let mut bytes = std::fs::read(&user_db).unwrap();
    bytes[..100].fill(0x5a); // the header
    std::fs::write(&user_db, &bytes).unwrap();
    let err = Qazstep::open(dir.path(), key(7)).unwrap_err();
    assert!(
        matches!(&err, Error::FileDamaged { file, .. } if file == "user.db"),
        "{err}"
    );
    Qazstep::erase_personal_data_without_key(dir.path()).unwrap();
    assert!(!user_db.exists());
    let (core, _) = open(dir.path(), 7);
    assert!(core.profile().unwrap().is_none());
    assert!(!core.packs().unwrap().is_empty(), "content is untouched");
    set_profile(&core, &planted_iin());
    drop(core);

    // A file a newer version wrote: it is removed too (its tables are unknown to this one).
    {
        let conn = rusqlite::Connection::open(&user_db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    Qazstep::erase_personal_data_without_key(dir.path()).unwrap();
    assert!(!user_db.exists());
    let (core, _) = open(dir.path(), 9);
    assert!(core.profile().unwrap().is_none());
}
