//! Durability under SIGKILL during data-key rotations: a child process rotates the data key
//! over and over (re-sealing every personal row in batches, one transaction each) while it
//! answers, and is killed at random moments. After each kill the database opens (which finishes
//! a half-done rotation), passes `PRAGMA integrity_check`, every sealed value opens with the
//! keys on file, and every acknowledged answer is there.
//!
//! The child is this test binary re-run with `QAZSTEP_KILL_ROTATION_CHILD` set (the pattern of
//! `kill.rs`); it prints `ACK <attempt> <position> <option>` after each acknowledged answer and
//! `ROTATED <n>` after each completed rotation. Kill count: `QAZSTEP_ROTATION_KILLS` (default 60).
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashMap;
use std::io::Write;

use common::*;
use qazstep_core::content::{Locale, QuestionKind};
use qazstep_core::scoring::Response;
use qazstep_core::{Qazstep, StartExam};

const CHILD_ENV: &str = "QAZSTEP_KILL_ROTATION_CHILD";

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

/// The child: alternates full data-key rotations with a few answers on an open attempt.
#[test]
fn rotation_loop_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let core = Qazstep::open(std::path::Path::new(&dir), key(7)).unwrap();
    let mut out = std::io::stdout().lock();
    let mut round = std::process::id();
    let mut rotations = 0u32;
    loop {
        let attempt = match core.unfinished_attempts().unwrap().first() {
            Some(a) => a.attempt.clone(),
            None => core.start_exam(&exam(u64::from(round))).unwrap().attempt,
        };
        let view = core.attempt(&attempt).unwrap();
        let open: Vec<_> = view
            .questions
            .iter()
            .filter(|q| q.response.is_none())
            .take(5)
            .collect();
        if open.is_empty() {
            core.submit(&attempt).unwrap();
            continue;
        }
        for q in open {
            round = round.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let option = (round >> 16) % 4;
            core.answer(&attempt, q.position, &response_for(q.kind, option))
                .unwrap();
            writeln!(out, "ACK {attempt} {} {option}", q.position).unwrap();
            out.flush().unwrap();
        }
        core.rotate_data_key().unwrap();
        rotations += 1;
        writeln!(out, "ROTATED {rotations}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn killed_during_data_key_rotation_loses_nothing() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Enough sealed rows that a rotation spans several batches (256 rows each): submitted
    // attempts (plan, result, 120 responses, a history row each).
    {
        let (core, _clock) = open_with_synthetic(dir.path());
        for seed in 0..4u64 {
            let id = core.start_exam(&exam(900 + seed)).unwrap().attempt;
            let view = core.attempt(&id).unwrap();
            for q in &view.questions {
                core.answer(&id, q.position, &response_for(q.kind, q.position))
                    .unwrap();
            }
            core.submit(&id).unwrap();
        }
    }
    let kills: u32 = std::env::var("QAZSTEP_ROTATION_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let mut acked: HashMap<(String, u32), u32> = HashMap::new();
    let mut rotations = 0u32;
    let mut mid_rotation = 0u32;
    let mut schedule = KillSchedule::new(0x9E37_79B9_7F4A_7C15);
    for kill in 0..kills {
        let wait = schedule.next_wait(60_000);
        let lines = spawn_and_kill("rotation_loop_child", CHILD_ENV, dir.path(), wait);
        for line in lines {
            let parts: Vec<&str> = line.split(' ').collect();
            match parts.as_slice() {
                ["ACK", attempt, pos, opt] => {
                    acked.insert(
                        (attempt.to_string(), pos.parse().unwrap()),
                        opt.parse().unwrap(),
                    );
                }
                ["ROTATED", _] => rotations += 1,
                _ => {}
            }
        }
        // Was the child killed inside a rotation? (A retiring key is left on file.)
        {
            let raw = rusqlite::Connection::open(dir.path().join("user.db")).unwrap();
            let retiring: i64 = raw
                .query_row(
                    "SELECT count(*) FROM key_meta WHERE state = 'retiring'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            mid_rotation += u32::from(retiring > 0);
        }
        // Reopen: finishes any half-done rotation.
        let core = Qazstep::open(dir.path(), key(7))
            .unwrap_or_else(|e| panic!("kill {kill}: reopen failed: {e}"));
        assert!(
            core.with_user_db(|db| db.integrity_ok()).unwrap(),
            "integrity after kill {kill}"
        );
        // Every sealed value of every table opens with the keys on file.
        core.export_personal_data()
            .unwrap_or_else(|e| panic!("kill {kill}: a sealed value does not open: {e}"));
        let mut by_attempt: HashMap<&str, Vec<(u32, u32)>> = HashMap::new();
        for ((a, p), o) in &acked {
            by_attempt.entry(a.as_str()).or_default().push((*p, *o));
        }
        for (attempt, answers) in by_attempt {
            let view = core.attempt(attempt).unwrap();
            for (pos, opt) in answers {
                let q = &view.questions[pos as usize - 1];
                assert_eq!(
                    q.response.as_ref(),
                    Some(&response_for(q.kind, opt)),
                    "kill {kill}: acknowledged answer at {attempt}:{pos} lost"
                );
            }
        }
    }
    assert!(
        rotations > 0,
        "the child completed at least one rotation between kills"
    );
    eprintln!(
        "{kills} kills ({mid_rotation} inside a rotation, left half done), {rotations} rotations \
         completed, {} acknowledged answers verified",
        acked.len()
    );
}
