//! The app model's event scripts (`tests/app/*.jsonl`) replayed through the core: every
//! expectation a script states holds, a kill in the middle (`{"restart": true}`) resumes on the
//! same screen, and no exam screen of a whole mock carries anything of the answer key.
//!
//! The same scripts run through `qazstep app` (cli/tests/app_driver.rs) and the Kotlin
//! bindings (tests/kotlin), which must give the same screens.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::Arc;

use qazstep_core::Qazstep;
use qazstep_core::app::Driver;
use qazstep_core::exam::ManualClock;
use serde_json::Value;

/// The scripts' clock: 2026-05-01T10:00:00Z.
const SCRIPT_T0: i64 = 1_777_629_600_000;

fn open(dir: &Path) -> Qazstep {
    let core =
        Qazstep::open_degraded(dir, common::key(7), Arc::new(ManualClock::new(SCRIPT_T0))).unwrap();
    let packs: Vec<Vec<u8>> = common::starter_packs()
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let refs: Vec<&[u8]> = packs.iter().map(Vec::as_slice).collect();
    core.import_starter_packs(&refs).unwrap();
    core
}

/// Replays a script; returns each event line with the screen it got (as JSON values). A
/// `{"restart": true}` line drops the core (a kill: everything not committed is gone) and
/// opens a new one on the same directory.
fn replay(name: &str) -> Vec<(String, Value)> {
    let text = std::fs::read_to_string(common::repo().join("tests/app").join(name)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut segments: Vec<Vec<&str>> = vec![Vec::new()];
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if serde_json::from_str::<Value>(line).is_ok_and(|v| v["restart"] == Value::Bool(true)) {
            segments.push(Vec::new());
        } else if let Some(last) = segments.last_mut() {
            last.push(line);
        }
    }
    let mut out = Vec::new();
    for segment in segments {
        let core = open(dir.path());
        let mut driver = Driver::new(&core);
        for line in segment {
            let screen = driver.line(line);
            out.push((line.to_string(), serde_json::to_value(&screen).unwrap()));
        }
    }
    out
}

/// Every expectation of the script holds; returns the failures, one line each.
fn check(name: &str, replayed: &[(String, Value)]) -> Vec<String> {
    let mut failures = Vec::new();
    for (i, (line, screen)) in replayed.iter().enumerate() {
        let Ok(event) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(expect) = event.get("expect").and_then(Value::as_object) else {
            continue;
        };
        for (k, want) in expect {
            let got = if k == "error" {
                screen["error"]["id"].clone()
            } else {
                screen.get(k).cloned().unwrap_or(Value::Null)
            };
            if &got != want {
                failures.push(format!(
                    "{name} line {}: {k} = {got} (wanted {want}); screen {} error {}",
                    i + 1,
                    screen["screen"],
                    screen["error"]
                ));
            }
        }
    }
    failures
}

#[test]
fn every_script_meets_its_expectations() {
    let mut failures = Vec::new();
    for name in ["journey.jsonl", "pbb.jsonl", "bad_input.jsonl"] {
        let replayed = replay(name);
        assert!(
            replayed.len() > 40,
            "{name} replayed {} lines",
            replayed.len()
        );
        failures.extend(check(name, &replayed));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The key and everything that teaches it (explanations, sources, points) never appear on a
/// screen while the exam is open: not as a field, and not as the text of the explanation the
/// review shows afterwards for the same position.
#[test]
fn no_open_exam_screen_reveals_the_key() {
    let replayed = replay("journey.jsonl");
    const FORBIDDEN: [&str; 6] = [
        "correct",
        "key",
        "explanation",
        "source",
        "points",
        "max_points",
    ];
    fn walk(v: &Value, path: &str, found: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if FORBIDDEN.contains(&k.as_str()) {
                        found.push(format!("{path}.{k}"));
                    }
                    walk(x, &format!("{path}.{k}"), found);
                }
            }
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, x)| walk(x, &format!("{path}[{i}]"), found)),
            _ => {}
        }
    }
    let exam_screens: Vec<&Value> = replayed
        .iter()
        .map(|(_, s)| s)
        .filter(|s| s["screen"] == "exam" || s["screen"] == "submit_confirmation")
        .collect();
    assert!(
        exam_screens.len() > 120,
        "{} exam screens",
        exam_screens.len()
    );
    for s in &exam_screens {
        let mut found = Vec::new();
        walk(s, "$", &mut found);
        assert!(found.is_empty(), "an exam screen carries {found:?}");
    }
    // The explanations the review shows afterwards are nowhere on the exam's screens.
    let explanations: Vec<String> = replayed
        .iter()
        .map(|(_, s)| s)
        .filter(|s| s["screen"] == "review")
        .filter_map(|s| s["item"]["explanation"].as_str().map(str::to_string))
        .filter(|e| e.len() > 12)
        .collect();
    assert!(!explanations.is_empty());
    let all_exam_text: String = exam_screens.iter().map(|s| s.to_string()).collect();
    for e in &explanations {
        assert!(
            !all_exam_text.contains(e.as_str()),
            "an exam screen shows the explanation {e:?}"
        );
    }
}

/// A kill in the middle of the exam: `launch` shows the exam where it was, with every answer
/// acknowledged before the kill and a remaining time that did not grow.
#[test]
fn launch_after_a_kill_resumes_the_exam() {
    let replayed = replay("journey.jsonl");
    let (before_kill, after): (Vec<_>, Vec<_>) = {
        let i = replayed
            .iter()
            .position(|(l, _)| l.contains(r#""event": "launch""#) && l.contains("answered_count"))
            .unwrap();
        (replayed[..i].to_vec(), replayed[i..].to_vec())
    };
    let last = &before_kill.last().unwrap().1;
    let resumed = &after[0].1;
    assert_eq!(resumed["screen"], "exam");
    for k in [
        "attempt",
        "position",
        "answered_count",
        "flagged_count",
        "palette",
    ] {
        assert_eq!(resumed[k], last[k], "{k} after the kill");
    }
    assert!(resumed["remaining_seconds"].as_i64() <= last["remaining_seconds"].as_i64());
}
