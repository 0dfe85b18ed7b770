//! Concurrency: 8 threads share one `Qazstep` — answering exams, submitting, reading progress
//! and attempt lists, importing packs — for a fixed count of operations. No deadlock (a
//! watchdog fails the test instead of hanging), no error surfaced (in particular no
//! `SQLITE_BUSY`/"database is locked"), and every write is present afterwards, also after a
//! reopen.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use qazstep_core::content::{Locale, QuestionKind};
use qazstep_core::scoring::Response;
use qazstep_core::{Qazstep, StartExam};

const ANSWER_THREADS: u64 = 4;
const SUBMIT_ROUNDS: u64 = 2;
const READS: usize = 25;
const IMPORTS: usize = 3;

fn response_for(kind: QuestionKind, option: u32) -> Response {
    match kind {
        QuestionKind::Matching => Response::Matching(vec![(0, option % 4), (1, (option + 1) % 4)]),
        _ => Response::Choice(vec![option % 4]),
    }
}

fn exam(seed: u64) -> StartExam {
    StartExam {
        blueprint: "unt-2025".into(),
        subjects: vec!["math".into(), "physics".into()],
        category: None,
        locale: Locale::Kk,
        seed: Some(seed),
        extra_time: false,
    }
}

/// Starts an exam and answers every position; returns the attempt and what was answered.
fn answer_all(core: &Qazstep, seed: u64) -> (String, Vec<(u32, Response)>) {
    let id = core.start_exam(&exam(seed)).unwrap().attempt;
    let view = core.attempt(&id).unwrap();
    let mut given = Vec::new();
    for q in &view.questions {
        let r = response_for(q.kind, q.position + seed as u32);
        let ack = core.answer(&id, q.position, &r).unwrap();
        assert_eq!(ack.position, q.position);
        given.push((q.position, r));
    }
    (id, given)
}

fn check_answers(core: &Qazstep, id: &str, given: &[(u32, Response)]) {
    let view = core.attempt(id).unwrap();
    for (pos, r) in given {
        assert_eq!(
            view.questions[*pos as usize - 1].response.as_ref(),
            Some(r),
            "answer {id}:{pos} missing or changed"
        );
    }
}

enum Done {
    Answered(String, Vec<(u32, Response)>),
    Submitted(Vec<String>),
    Reads,
    Imported(Vec<String>),
}

#[test]
fn eight_threads_share_one_core() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _clock) = open_with_synthetic(dir.path());
    let core = Arc::new(core);
    let (tx, rx) = mpsc::channel::<Done>();
    let mut handles = Vec::new();
    // 4 threads: one exam each, every position answered.
    for t in 0..ANSWER_THREADS {
        let (core, tx) = (core.clone(), tx.clone());
        handles.push(std::thread::spawn(move || {
            let (id, given) = answer_all(&core, 100 + t);
            tx.send(Done::Answered(id, given)).unwrap();
        }));
    }
    // 1 thread: answers and submits whole exams.
    {
        let (core, tx) = (core.clone(), tx.clone());
        handles.push(std::thread::spawn(move || {
            let mut submitted = Vec::new();
            for r in 0..SUBMIT_ROUNDS {
                let (id, _) = answer_all(&core, 200 + r);
                let report = core.submit(&id).unwrap();
                assert!(report.total <= report.max_total);
                submitted.push(id);
            }
            tx.send(Done::Submitted(submitted)).unwrap();
        }));
    }
    // 2 threads: read progress, the attempt list and remaining time.
    for _ in 0..2 {
        let (core, tx) = (core.clone(), tx.clone());
        handles.push(std::thread::spawn(move || {
            for _ in 0..READS {
                let p = core.progress().unwrap();
                assert!(p.correct <= p.answered);
                for a in core.attempts().unwrap() {
                    if !a.submitted {
                        core.remaining_seconds(&a.attempt).unwrap();
                    }
                }
                core.packs().unwrap();
            }
            tx.send(Done::Reads).unwrap();
        }));
    }
    // 1 thread: imports packs while the others work.
    {
        let (core, tx) = (core.clone(), tx.clone());
        handles.push(std::thread::spawn(move || {
            let mut ids = Vec::new();
            for i in 0..IMPORTS {
                let report = core
                    .import_pack(synthetic_pack("kk", 1, &format!("conc{i}")).as_bytes())
                    .unwrap();
                ids.push(report.pack_id);
            }
            tx.send(Done::Imported(ids)).unwrap();
        }));
    }
    drop(tx);
    assert_eq!(handles.len(), 8);

    // Watchdog: a deadlock fails here instead of hanging the suite.
    let mut answered = Vec::new();
    let mut submitted = Vec::new();
    let mut imported = Vec::new();
    for _ in 0..handles.len() {
        match rx.recv_timeout(Duration::from_secs(240)) {
            Ok(Done::Answered(id, given)) => answered.push((id, given)),
            Ok(Done::Submitted(ids)) => submitted.extend(ids),
            Ok(Done::Reads) => {}
            Ok(Done::Imported(ids)) => imported.extend(ids),
            Err(e) => panic!("a thread neither finished nor failed within 240 s (deadlock?): {e}"),
        }
    }
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(answered.len(), ANSWER_THREADS as usize);
    assert_eq!(submitted.len(), SUBMIT_ROUNDS as usize);
    assert_eq!(imported.len(), IMPORTS);

    let verify = |core: &Qazstep| {
        for (id, given) in &answered {
            check_answers(core, id, given);
        }
        for id in &submitted {
            assert!(core.attempt(id).unwrap().submitted);
            core.report(id).unwrap();
        }
        let packs: Vec<String> = core.packs().unwrap().into_iter().map(|p| p.id).collect();
        for id in &imported {
            assert!(packs.contains(id), "pack {id} missing");
        }
        let p = core.progress().unwrap();
        assert_eq!(
            p.answered as usize,
            120 * submitted.len(),
            "every submitted answer is in the history"
        );
        assert!(core.with_user_db(|db| db.integrity_ok()).unwrap());
    };
    verify(&core);
    drop(Arc::try_unwrap(core).ok().unwrap());
    let (core, _clock) = open(dir.path(), 7);
    verify(&core);
}

/// Eight threads open one empty data directory at once, each its own `Qazstep` (as two parts
/// of one app may): all succeed, exactly one data key is created, and it opens for all of them.
#[test]
fn first_open_by_eight_threads_creates_one_data_key() {
    for round in 0..20 {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        let barrier = Arc::new(std::sync::Barrier::new(8));
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let (dir, barrier) = (dir.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    Qazstep::open(&dir, key(1)).map(|core| core.profile().map(|p| p.is_none()))
                })
            })
            .collect();
        for h in handles {
            let opened = h.join().unwrap();
            assert!(matches!(opened, Ok(Ok(true))), "round {round}: {opened:?}");
        }
        let conn = rusqlite::Connection::open(dir.join("user.db")).unwrap();
        let keys: i64 = conn
            .query_row("SELECT COUNT(*) FROM key_meta", [], |r| r.get(0))
            .unwrap();
        assert_eq!(keys, 1, "round {round}");
    }
}
