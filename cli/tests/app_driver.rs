//! `qazstep app`, the terminal shell of the app model: the event scripts of `tests/app` replayed
//! through the binary give the same screens as through the core in-process (time fields and
//! random ids aside), and a `SIGKILL` at any moment of an exam loses no acknowledged answer and
//! never gives time back.
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use qazstep_core::Qazstep;
use qazstep_core::app::Driver;
use qazstep_core::crypto::StaticKeyProvider;
use qazstep_core::exam::ManualClock;
use serde_json::Value;

const NOW: &str = "2026-05-01T10:00:00Z";
const NOW_MS: i64 = 1_777_629_600_000;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn qazstep() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_qazstep"));
    c.env_remove("QAZSTEP_KEY_HEX");
    c
}

/// The script's segments: lines between `{"restart": true}` markers.
fn segments(name: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(repo().join("tests/app").join(name)).unwrap();
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if serde_json::from_str::<Value>(line).is_ok_and(|v| v["restart"] == Value::Bool(true)) {
            out.push(Vec::new());
        } else {
            out.last_mut().unwrap().push(line.to_string());
        }
    }
    out
}

/// The screens compared across shells: what differs by run (random ids, the clock's fields,
/// the export document) is replaced by a marker of its presence.
fn normalized(mut v: Value) -> Value {
    fn walk(v: &mut Value) {
        match v {
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    match k.as_str() {
                        "attempt" | "session" | "deadline" | "remaining_seconds"
                        | "days_to_exam" | "started_at" | "accepted_at" | "export" => {
                            *x = Value::Bool(!x.is_null());
                        }
                        _ => walk(x),
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut v);
    v
}

/// The script through `qazstep app` (one process per segment).
fn through_binary(name: &str, dir: &Path) -> Vec<Value> {
    let mut out = Vec::new();
    for segment in segments(name) {
        let mut child = qazstep()
            .args(["app", "--now", NOW, "--data-dir"])
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all((segment.join("\n") + "\n").as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{name}: {:?}", output.status);
        let lines: Vec<Value> = String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), segment.len(), "{name}: one screen per line");
        out.extend(lines);
    }
    out
}

/// The script through the core in this process, on the same starter content.
fn in_process(name: &str, dir: &Path) -> Vec<Value> {
    let key = StaticKeyProvider::generate();
    let mut out = Vec::new();
    for segment in segments(name) {
        let core = Qazstep::open_degraded(
            dir,
            Arc::new(StaticKeyProvider::from_hex(&key.to_hex()).unwrap()),
            Arc::new(ManualClock::new(NOW_MS)),
        )
        .unwrap();
        let packs: Vec<Vec<u8>> = ["kk", "ru"]
            .iter()
            .flat_map(|l| {
                let mut files: Vec<PathBuf> =
                    std::fs::read_dir(repo().join("content/packs").join(l))
                        .unwrap()
                        .map(|e| e.unwrap().path())
                        .filter(|p| p.extension().is_some_and(|x| x == "json"))
                        .collect();
                files.sort();
                files
            })
            .map(|p| std::fs::read(p).unwrap())
            .collect();
        let refs: Vec<&[u8]> = packs.iter().map(Vec::as_slice).collect();
        core.import_starter_packs(&refs).unwrap();
        let mut driver = Driver::new(&core);
        for line in segment {
            out.push(serde_json::to_value(driver.line(&line)).unwrap());
        }
    }
    out
}

#[test]
fn the_terminal_shell_gives_the_cores_screens() {
    for name in ["journey.jsonl", "pbb.jsonl", "bad_input.jsonl"] {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let binary = through_binary(name, a.path());
        let core = in_process(name, b.path());
        assert_eq!(binary.len(), core.len());
        for (i, (x, y)) in binary.into_iter().zip(core).enumerate() {
            let (x, y) = (normalized(x), normalized(y));
            assert_eq!(x, y, "{name}, screen {}", i + 1);
        }
    }
}

/// The driver's own refusals: a malformed line, an unknown event or one before `launch` get
/// the screen on display with `bad_event`; end of input exits 0.
#[test]
fn bad_lines_get_bad_event() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = qazstep()
        .args(["app", "--data-dir"])
        .arg(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"{\"event\": \"home\"}\nnot json\n{\"event\":\"launch\"}\n{\"event\":\"jump\"}\n",
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let screens: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let errors: Vec<&Value> = screens.iter().map(|s| &s["error"]["id"]).collect();
    assert_eq!(
        errors,
        [
            &Value::from("bad_event"),
            &Value::from("bad_event"),
            &Value::Null,
            &Value::from("bad_event")
        ]
    );
    assert!(screens.iter().all(|s| s["screen"] == "onboarding"));
}

#[test]
fn a_bad_now_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = qazstep()
        .args(["app", "--now", "tomorrow", "--data-dir"])
        .arg(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// A small deterministic generator (no dependency): xorshift.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// 200 `SIGKILL`s of `qazstep app` mid-exam, at random moments (while answers are being sent,
/// written and acknowledged): after each, `launch` returns the exam with every acknowledged
/// answer (or a later one sent before the kill), and the remaining time never grew.
#[test]
fn killing_the_app_at_any_moment_loses_no_acknowledged_answer() {
    let dir = tempfile::tempdir().unwrap();
    let kills: usize = std::env::var("QAZSTEP_APP_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // position → (last acknowledged response, responses sent after it, not acknowledged)
    let mut answers: std::collections::HashMap<u64, (Option<u64>, Vec<u64>)> =
        std::collections::HashMap::new();
    let mut last_remaining = i64::MAX;
    let mut first = true;
    let (mut acked_total, mut checked_total, mut resumed) = (0usize, 0usize, 0usize);
    for round in 0..kills {
        let mut child = qazstep()
            .args(["app", "--data-dir"])
            .arg(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        // A line cut short by the kill (the process died while writing it) is no
        // acknowledgement: only whole lines count.
        let read = |stdout: &mut BufReader<_>| -> Option<Value> {
            let mut l = String::new();
            match stdout.read_line(&mut l) {
                Ok(n) if n > 0 && l.ends_with('\n') => serde_json::from_str(&l).ok(),
                _ => None,
            }
        };
        let send = |stdin: &mut std::process::ChildStdin, s: &str| {
            let _ = stdin.write_all(s.as_bytes());
            let _ = stdin.write_all(b"\n");
            let _ = stdin.flush();
        };
        send(&mut stdin, r#"{"event":"launch"}"#);
        let screen = read(&mut stdout).unwrap();
        if first {
            for e in [
                r#"{"event":"set_language","language":"ru"}"#,
                r#"{"event":"accept_policy"}"#,
                r#"{"event":"submit_profile","role":"student","subjects":["math","physics"]}"#,
                r#"{"event":"start_exam","blueprint":"unt-2025","seed":4}"#,
            ] {
                send(&mut stdin, e);
                read(&mut stdout).unwrap();
            }
            first = false;
        } else {
            // After the kill: the exam, every acknowledged answer kept, no time given back.
            assert_eq!(screen["screen"], "exam", "round {round}: {screen}");
            resumed += 1;
            let remaining = screen["remaining_seconds"].as_i64().unwrap();
            assert!(remaining <= last_remaining, "round {round}: time grew");
            last_remaining = remaining;
            let palette = screen["palette"].as_array().unwrap();
            for (pos, (acked, in_flight)) in &answers {
                if acked.is_none() {
                    continue;
                }
                assert_eq!(
                    palette[*pos as usize - 1]["answered"],
                    Value::Bool(true),
                    "round {round}: position {pos} lost its answer"
                );
                let _ = in_flight;
            }
            // Check the responses of a few positions.
            let mut checked: Vec<u64> = answers.keys().copied().collect();
            checked.sort_unstable();
            for pos in checked
                .into_iter()
                .filter(|_| rng.next().is_multiple_of(4))
                .take(4)
            {
                send(
                    &mut stdin,
                    &format!(r#"{{"event":"go_to","position":{pos}}}"#),
                );
                let s = read(&mut stdout).unwrap();
                let (acked, in_flight) = &answers[&pos];
                let got = s["response"][0].as_u64();
                let ok = got == *acked || in_flight.iter().any(|r| Some(*r) == got);
                assert!(
                    ok,
                    "round {round}: position {pos} shows {got:?}, acked {acked:?}"
                );
                checked_total += 1;
                // What is on screen now is what a later launch must show.
                answers.insert(pos, (got, Vec::new()));
            }
        }
        // Answers until the kill, at a random moment: sometimes between lines, sometimes while
        // the core is writing one.
        let n = 1 + rng.next() % 12;
        let mut pending: Vec<(u64, u64)> = Vec::new();
        for _ in 0..n {
            let pos = 1 + rng.next() % 20;
            let opt = rng.next() % 4;
            send(
                &mut stdin,
                &format!(r#"{{"event":"answer","position":{pos},"response":[{opt}]}}"#),
            );
            pending.push((pos, opt));
            answers.entry(pos).or_insert((None, Vec::new())).1.push(opt);
        }
        let acks = rng.next() as usize % (pending.len() + 1);
        for (pos, opt) in pending.iter().take(acks) {
            let s = read(&mut stdout).unwrap();
            assert_eq!(s["error"], Value::Null, "round {round}: {s}");
            let entry = answers.get_mut(pos).unwrap();
            entry.0 = Some(*opt);
            acked_total += 1;
            // Responses sent before this one are superseded.
            if let Some(i) = entry.1.iter().position(|r| r == opt) {
                entry.1.drain(..=i);
            }
        }
        if rng.next().is_multiple_of(2) {
            std::thread::sleep(std::time::Duration::from_micros(rng.next() % 3000));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // Lines written before the kill were acknowledged too.
        while let Some(s) = read(&mut stdout) {
            if s["error"].is_null() && s["screen"] == "exam" {
                let pos = s["position"].as_u64().unwrap();
                let got = s["response"][0].as_u64();
                let entry = answers.get_mut(&pos).unwrap();
                entry.0 = got;
                if let Some(i) = entry.1.iter().position(|r| Some(*r) == got) {
                    entry.1.drain(..=i);
                }
            }
        }
    }
    // The test saw what it claims: every round resumed, many answers acknowledged and checked.
    assert_eq!(resumed, kills - 1);
    assert!(acked_total > kills, "{acked_total} answers acknowledged");
    assert!(
        checked_total > kills / 2,
        "{checked_total} responses checked"
    );
}
