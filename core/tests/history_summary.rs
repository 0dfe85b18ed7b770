//! The sealed history summary (`practice::summary`, `user.db` table `summary`) against the
//! events it is folded from: progress, `last_seen` and mistakes must be exactly what the
//! functions over raw events give, on random histories, after a rebuild, after an upgrade from
//! schema 1, after a stale summary is detected, through a data-key rotation and an erasure.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use proptest::prelude::*;
use qazstep_core::content::QuestionKind;
use qazstep_core::practice::summary::{self, ItemBucket, Tallies};
use qazstep_core::practice::{self, AnswerEvent, Origin};
use qazstep_core::scoring::Response;
use qazstep_core::store::user::UserDb;

/// One history row: its time and its events (every event of a row carries the row's time, as
/// the product writes them: an exam's answers at submission, a practice answer at once).
type Row = (i64, Vec<AnswerEvent>);

#[allow(clippy::too_many_arguments)]
fn event(
    q: u8,
    group: Option<u8>,
    subject: u8,
    topic: u8,
    correct: bool,
    answered: bool,
    at: i64,
    exam: bool,
) -> AnswerEvent {
    AnswerEvent {
        question: format!("q{q}"),
        group: group.map(|g| format!("g{g}")),
        subject: ["math", "physics", "ZQXSUBJECT"][usize::from(subject % 3)].into(),
        topic: format!("t{topic}"),
        kind: QuestionKind::Single,
        points: u32::from(correct && answered),
        max_points: 1,
        correct: correct && answered,
        at,
        origin: if exam { Origin::Exam } else { Origin::Practice },
        response: answered.then(|| Response::Choice(vec![u32::from(q % 4)])),
    }
}

fn arb_event() -> impl Strategy<Value = (u8, Option<u8>, u8, u8, bool, bool, bool)> {
    (
        0u8..12,
        prop::option::of(0u8..4),
        0u8..3,
        0u8..3,
        any::<bool>(),
        prop::bool::weighted(0.8),
        any::<bool>(),
    )
}

fn arb_history() -> impl Strategy<Value = Vec<Row>> {
    // Few distinct times so that ties (same ms) are common.
    prop::collection::vec((0i64..6, prop::collection::vec(arb_event(), 1..8)), 0..14).prop_map(
        |rows| {
            rows.into_iter()
                .map(|(at, evs)| {
                    let evs = evs
                        .into_iter()
                        .map(|(q, g, s, t, c, a, x)| event(q, g, s, t, c, a, at, x))
                        .collect();
                    (at, evs)
                })
                .collect()
        },
    )
}

/// The events in history order: by time, equal times in append order.
fn in_history_order(rows: &[Row]) -> Vec<AnswerEvent> {
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by_key(|(at, _)| *at); // stable: append order among equal times
    sorted.into_iter().flat_map(|(_, e)| e.clone()).collect()
}

fn fold(rows: &[Row]) -> (Tallies, Vec<ItemBucket>) {
    let mut tallies = Tallies::new();
    let mut buckets = BTreeMap::new();
    for (_, events) in rows {
        tallies.fold(events);
        summary::fold_items(&mut buckets, events);
    }
    (tallies, buckets.into_values().collect())
}

/// The store's summary answers equal the event functions over the store's own history.
fn assert_store_matches_events(db: &UserDb) {
    let events: Vec<AnswerEvent> = db
        .history::<Vec<AnswerEvent>>()
        .unwrap()
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(
        db.tallies().unwrap().progress(),
        practice::progress(&events)
    );
    assert_eq!(db.last_seen().unwrap(), practice::last_seen(&events));
    assert_eq!(db.mistakes().unwrap(), practice::mistakes(&events));
}

fn open_db(dir: &Path) -> UserDb {
    UserDb::open(&dir.join("user.db"), key(3).as_ref(), 1).unwrap()
}

fn append_all(db: &mut UserDb, rows: &[Row]) {
    for (at, events) in rows {
        db.append_history(events, *at).unwrap();
    }
}

fn raw(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("user.db")).unwrap()
}

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The fold equals the event functions, whatever the order of equal times.
    #[test]
    fn summary_equals_events(rows in arb_history()) {
        let (tallies, buckets) = fold(&rows);
        let ordered = in_history_order(&rows);
        let appended: Vec<AnswerEvent> = rows.iter().flat_map(|(_, e)| e.clone()).collect();
        prop_assert_eq!(tallies.rows, rows.len() as u64);
        prop_assert_eq!(tallies.progress(), practice::progress(&ordered));
        let mut seen = std::collections::HashMap::new();
        for b in &buckets {
            b.merge_seen(&mut seen);
        }
        prop_assert_eq!(&seen, &practice::last_seen(&ordered));
        prop_assert_eq!(summary::mistakes_of(&buckets), practice::mistakes(&ordered));
        // Append order gives the same answers as history order (rows carry their events' time).
        prop_assert_eq!(practice::mistakes(&appended), practice::mistakes(&ordered));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Through the store: appended rows, then a reopen that rebuilds a deleted summary.
    #[test]
    fn stored_summary_equals_events(rows in arb_history()) {
        let dir = tempfile::tempdir().unwrap();
        let mut db = open_db(dir.path());
        append_all(&mut db, &rows);
        assert_store_matches_events(&db);
        drop(db);
        raw(dir.path()).execute("DELETE FROM summary", []).unwrap();
        let db = open_db(dir.path());
        assert_store_matches_events(&db);
        prop_assert_eq!(db.tallies().unwrap().rows, rows.len() as u64);
    }
}

fn sample_rows() -> Vec<Row> {
    let mut rows = Vec::new();
    for a in 0..6u8 {
        let at = 1_000 * i64::from(a);
        rows.push((
            at,
            (0..10u8)
                .map(|i| {
                    event(
                        a * 3 + i,
                        (i % 2 == 0).then_some(i),
                        i,
                        i % 3,
                        i % 3 == 0,
                        i != 7,
                        at,
                        true,
                    )
                })
                .collect(),
        ));
        rows.push((
            at + 1,
            vec![event(a, Some(a), 0, 0, a % 2 == 0, true, at + 1, false)],
        ));
    }
    rows
}

/// A user.db written by schema 1 (no summary) gets the summary at its first open.
#[test]
fn upgrade_from_schema_1_backfills_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let rows = sample_rows();
    let mut db = open_db(dir.path());
    append_all(&mut db, &rows);
    drop(db);
    {
        let conn = raw(dir.path());
        // Back to schema 1: no summary (step 2), the clock guard on the attempt (step 3).
        conn.execute_batch(
            "DROP TABLE summary; DROP TABLE attempt_clock; DROP TABLE app_state;
             ALTER TABLE attempts ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0;
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let db = open_db(dir.path());
    let conn = raw(dir.path());
    assert_eq!(
        count(&conn, "PRAGMA user_version"),
        qazstep_core::store::user::USER_MIGRATIONS.len() as i64
    );
    assert!(count(&conn, "SELECT count(*) FROM summary WHERE part > 0") > 0);
    assert_eq!(db.tallies().unwrap().rows, rows.len() as u64);
    assert_store_matches_events(&db);
    // Idempotent: a second open leaves the same rows (no rebuild, same ids).
    let ids = |c: &rusqlite::Connection| -> Vec<String> {
        c.prepare("SELECT id FROM summary ORDER BY part")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let before = ids(&conn);
    drop(db);
    let db = open_db(dir.path());
    assert_eq!(ids(&conn), before);
    assert_store_matches_events(&db);
}

/// A summary that folds another number of rows than the history holds is rebuilt at open.
#[test]
fn stale_summary_is_rebuilt_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let rows = sample_rows();
    let mut db = open_db(dir.path());
    append_all(&mut db, &rows);
    drop(db);
    raw(dir.path())
        .execute(
            "DELETE FROM history WHERE rowid = (SELECT max(rowid) FROM history)",
            [],
        )
        .unwrap();
    let db = open_db(dir.path());
    assert_eq!(db.tallies().unwrap().rows, rows.len() as u64 - 1);
    assert_store_matches_events(&db);
}

/// A summary part that does not open (moved ciphertext) is derived data: rebuilt at open.
#[test]
fn unreadable_summary_is_rebuilt_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open_db(dir.path());
    append_all(&mut db, &sample_rows());
    drop(db);
    raw(dir.path())
        .execute(
            "UPDATE summary SET data = (SELECT data FROM summary WHERE part > 0 LIMIT 1) WHERE part = 0",
            [],
        )
        .unwrap();
    let db = open_db(dir.path());
    assert_store_matches_events(&db);
}

/// The summary is sealed (no subject in plaintext), re-sealed by a data-key rotation, exported
/// and erased with everything else.
#[test]
fn summary_is_sealed_rotated_exported_and_erased() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = open_db(dir.path());
    append_all(&mut db, &sample_rows());
    db.checkpoint_truncate().unwrap();
    assert!(!contains(&raw_user_files(dir.path()), b"ZQXSUBJECT"));
    db.rotate_data_key(key(3).as_ref(), 2).unwrap();
    let conn = raw(dir.path());
    assert_eq!(
        count(&conn, "SELECT count(*) FROM summary WHERE kid != 2"),
        0
    );
    assert_store_matches_events(&db);
    let export = db.export_tables().unwrap().0;
    let parts = export["summary"].as_array().unwrap();
    assert!(parts.len() > 1);
    assert!(
        parts
            .iter()
            .any(|p| p["data"]["subjects"]["ZQXSUBJECT"].is_object())
    );
    db.erase(key(3).as_ref(), 3).unwrap();
    assert_eq!(
        count(&conn, "SELECT count(*) FROM summary WHERE part > 0"),
        0
    );
    assert!(db.tallies().unwrap().progress().subjects.is_empty());
    db.append_history(&[event(1, None, 0, 0, false, true, 5, false)], 5)
        .unwrap();
    assert_eq!(db.mistakes().unwrap(), vec!["q1".to_string()]);
    assert_store_matches_events(&db);
}

fn unt(seed: u64) -> qazstep_core::StartExam {
    qazstep_core::StartExam {
        blueprint: "unt-2025".into(),
        subjects: vec!["math".into(), "physics".into()],
        category: None,
        locale: qazstep_core::content::Locale::Kk,
        seed: Some(seed),
        extra_time: false,
    }
}

fn stems(core: &qazstep_core::Qazstep, attempt: &str) -> Vec<String> {
    core.attempt(attempt)
        .unwrap()
        .questions
        .into_iter()
        .map(|q| q.stem)
        .collect()
}

/// The facade keeps `last_seen` cached between exam and practice starts; after exams and
/// practice answers it must choose exactly what a freshly opened facade (reading the stored
/// summary) chooses, and its progress must equal the events'.
#[test]
fn cached_last_seen_follows_appends_like_a_fresh_open() {
    use qazstep_core::content::{Locale, QuestionKind};
    use qazstep_core::exam::Clock;
    use qazstep_core::practice::PracticeRequest;

    let dir = tempfile::tempdir().unwrap();
    let (core, clock) = open_with_synthetic(dir.path());
    // The first start loads the (empty) cache; everything after must keep it in step.
    let a = core.start_exam(&unt(1)).unwrap().attempt;
    for q in core.attempt(&a).unwrap().questions.iter().take(40) {
        let r = match q.kind {
            QuestionKind::Matching => Response::Matching(vec![(0, 0), (1, 1)]),
            _ => Response::Choice(vec![0]),
        };
        core.answer(&a, q.position, &r).unwrap();
    }
    clock.advance(60_000);
    core.submit(&a).unwrap();
    let request = |seed| PracticeRequest {
        subject: "math".into(),
        topic: None,
        count: 6,
        locale: Locale::Ru,
        exam: qazstep_core::content::Exam::Unt,
        seed: Some(seed),
    };
    let p = core.start_practice(&request(5)).unwrap();
    for q in p.questions.iter().take(4) {
        clock.advance(1_000);
        let r = match q.kind {
            QuestionKind::Matching => Response::Matching(vec![(0, 1), (1, 0)]),
            _ => Response::Choice(vec![1]),
        };
        core.practice_answer(&p.id, q.index, &r).unwrap();
    }
    clock.advance(60_000);
    let b = core.start_exam(&unt(2)).unwrap().attempt;
    let practice_next = core.start_practice(&request(9)).unwrap();
    let cached = (stems(&core, &b), practice_next.questions.len());
    let cached_practice: Vec<String> = practice_next
        .questions
        .iter()
        .map(|q| q.question.clone())
        .collect();
    let progress = core.progress().unwrap();
    drop(core);

    let (fresh, fresh_clock) = open(dir.path(), 7);
    fresh_clock.set(clock.now_ms());
    let b2 = fresh.start_exam(&unt(2)).unwrap().attempt;
    assert_eq!((stems(&fresh, &b2), cached.1), cached);
    let fresh_practice: Vec<String> = fresh
        .start_practice(&request(9))
        .unwrap()
        .questions
        .iter()
        .map(|q| q.question.clone())
        .collect();
    assert_eq!(fresh_practice, cached_practice);
    assert_eq!(fresh.progress().unwrap(), progress);
    fresh
        .with_user_db(|db| {
            assert_store_matches_events(db);
            Ok(())
        })
        .unwrap();
}
