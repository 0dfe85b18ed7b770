//! Durability under SIGKILL: a child process answers, navigates and submits in a loop and is
//! killed at random moments, many times. After each kill the database opens, passes
//! `PRAGMA integrity_check`, holds every answer acknowledged before the kill, and its history
//! summary agrees with its history.
//!
//! The child is this same test binary re-run with `QAZSTEP_KILL_CHILD` set, running only
//! `answer_loop_child`; it prints `ACK <attempt> <position> <option>` after each `answer`
//! returns and `SUBMITTED <attempt>` after each submit.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashMap;
use std::io::Write;

use common::*;
use qazstep_core::content::{Locale, QuestionKind};
use qazstep_core::scoring::Response;
use qazstep_core::{Qazstep, StartExam};

const CHILD_ENV: &str = "QAZSTEP_KILL_CHILD";

fn response_for(kind: QuestionKind, option: u32) -> Response {
    match kind {
        QuestionKind::Matching => Response::Matching(vec![(0, option % 4), (1, (option + 1) % 4)]),
        _ => Response::Choice(vec![option % 4]),
    }
}

/// The child: answers positions in order with varying options, views the attempt now and then,
/// submits when all are answered, and starts again.
#[test]
fn answer_loop_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let core = Qazstep::open(std::path::Path::new(&dir), key(7)).unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "READY").unwrap();
    out.flush().unwrap();
    let mut round = std::process::id();
    loop {
        let attempt = match core.unfinished_attempts().unwrap().first() {
            Some(a) => a.attempt.clone(),
            None => {
                core.start_exam(&StartExam {
                    blueprint: "unt-2025".into(),
                    subjects: vec!["math".into(), "physics".into()],
                    category: None,
                    locale: Locale::Kk,
                    seed: Some(u64::from(round)),
                    extra_time: false,
                })
                .unwrap()
                .attempt
            }
        };
        let view = core.attempt(&attempt).unwrap();
        for q in view.questions.iter().filter(|q| q.response.is_none()) {
            round = round.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let option = (round >> 16) % 4;
            core.answer(&attempt, q.position, &response_for(q.kind, option))
                .unwrap();
            writeln!(out, "ACK {attempt} {} {option}", q.position).unwrap();
            out.flush().unwrap();
            if q.position % 17 == 0 {
                core.flag(&attempt, q.position, true).unwrap();
                let _ = core.attempt(&attempt).unwrap();
            }
        }
        core.submit(&attempt).unwrap();
        writeln!(out, "SUBMITTED {attempt}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn killed_at_random_moments_loses_no_acknowledged_answer() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    drop(open_with_synthetic(dir.path()));
    let kills: u32 = std::env::var("QAZSTEP_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    // acked[(attempt, position)] = option
    let mut acked: HashMap<(String, u32), u32> = HashMap::new();
    let mut submitted: Vec<String> = Vec::new();
    let mut schedule = KillSchedule::new(0x2545_F491_4F6C_DD1D);
    for kill in 0..kills {
        let wait = schedule.next_wait(40_000);
        let lines = spawn_and_kill("answer_loop_child", CHILD_ENV, dir.path(), wait);
        for line in lines {
            let parts: Vec<&str> = line.split(' ').collect();
            match parts.as_slice() {
                ["ACK", attempt, pos, opt] => {
                    acked.insert(
                        (attempt.to_string(), pos.parse().unwrap()),
                        opt.parse().unwrap(),
                    );
                }
                ["SUBMITTED", attempt] => submitted.push(attempt.to_string()),
                _ => {}
            }
        }
        // Reopen and check (noting the summary's row first: a rebuild at open would replace it).
        let part0 = || -> Option<String> {
            let conn = rusqlite::Connection::open(dir.path().join("user.db")).unwrap();
            conn.query_row("SELECT id FROM summary WHERE part = 0", [], |r| r.get(0))
                .ok()
        };
        let summary_before = part0();
        let core = Qazstep::open(dir.path(), key(7)).unwrap();
        if summary_before.is_some() {
            assert_eq!(part0(), summary_before, "summary rebuilt after kill {kill}");
        }
        assert!(
            core.with_user_db(|db| db.integrity_ok()).unwrap(),
            "integrity after kill {kill}"
        );
        // The history summary commits with each submission: open did not have to rebuild it
        // (above), and it agrees with the events.
        core.with_user_db(|db| {
            let events: Vec<qazstep_core::practice::AnswerEvent> = db
                .history::<Vec<qazstep_core::practice::AnswerEvent>>()
                .unwrap()
                .into_iter()
                .flatten()
                .collect();
            assert_eq!(
                db.tallies().unwrap().progress(),
                qazstep_core::practice::progress(&events),
                "summary after kill {kill}"
            );
            assert_eq!(
                db.last_seen().unwrap(),
                qazstep_core::practice::last_seen(&events)
            );
            Ok(())
        })
        .unwrap();
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
        for a in &submitted {
            assert!(
                core.attempt(a).unwrap().submitted,
                "kill {kill}: submitted attempt {a} reopened"
            );
        }
    }
    assert!(
        acked.len() > 100,
        "the child made progress ({} answers acknowledged)",
        acked.len()
    );
    eprintln!(
        "{kills} kills, {} acknowledged answers verified, {} submissions",
        acked.len(),
        submitted.len()
    );
}
