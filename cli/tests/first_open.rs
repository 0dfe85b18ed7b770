//! First use of an empty data directory by several processes at once (an Activity and a
//! background job; two terminals): every process succeeds, and exactly one wrapping key
//! (`cli.key`) and one data key (`key_meta`) are created, whoever wins — the losers wait and
//! open the winner's (issue 16, docs/reliability.md).
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Processes started at once on each empty directory.
const PROCESSES: usize = 8;
/// Rounds, each on a new empty directory (`QAZSTEP_FIRST_OPEN_ROUNDS` lowers it by hand).
const ROUNDS: usize = 100;

/// What the processes run: commands that open both databases, and the app driver, which
/// imports the starter packs into the new bank (so imports race too).
const COMMANDS: &[&[&str]] = &[
    &["profile", "show"],
    &["pack", "list"],
    &["exam", "list"],
    &["app"],
    &["progress"],
    &["export"],
    &["profile", "show", "--json"],
    &["app"],
];

fn start(dir: &Path, args: &[&str]) -> std::process::Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("QAZSTEP_KEY_HEX")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    if args == ["app"] {
        stdin.write_all(b"{\"event\":\"launch\"}\n").unwrap();
    }
    drop(stdin);
    child
}

fn key_rows(dir: &Path) -> i64 {
    let conn = rusqlite::Connection::open(dir.join("user.db")).unwrap();
    conn.query_row("SELECT COUNT(*) FROM key_meta", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn eight_processes_on_an_empty_directory_all_succeed_with_one_key() {
    let rounds = std::env::var("QAZSTEP_FIRST_OPEN_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(ROUNDS);
    let mut failures = Vec::new();
    for round in 0..rounds {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("qazstep");
        let children: Vec<_> = (0..PROCESSES)
            .map(|i| (i, start(&dir, COMMANDS[i % COMMANDS.len()])))
            .collect();
        for (i, child) in children {
            let out = child.wait_with_output().unwrap();
            if !out.status.success() {
                failures.push(format!(
                    "round {round}, `{}`: exit {:?}: {}",
                    COMMANDS[i % COMMANDS.len()].join(" "),
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr).trim()
                ));
            }
        }
        // One wrapping key, one data key, and they open the data: a later command works.
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| !n.starts_with('.')),
            "round {round}: leftovers {names:?}"
        );
        assert_eq!(key_rows(&dir), 1, "round {round}: data keys");
        let check = Command::new(env!("CARGO_BIN_EXE_qazstep"))
            .arg("--data-dir")
            .arg(&dir)
            .args(["profile", "show", "--json"])
            .env_remove("QAZSTEP_KEY_HEX")
            .output()
            .unwrap();
        assert!(check.status.success(), "round {round}: {check:?}");
        let packs = Command::new(env!("CARGO_BIN_EXE_qazstep"))
            .arg("--data-dir")
            .arg(&dir)
            .args(["pack", "list", "--json"])
            .output()
            .unwrap();
        let list: serde_json::Value = serde_json::from_slice(&packs.stdout).unwrap();
        assert_eq!(
            list.as_array().unwrap().len(),
            14,
            "round {round}: the starter packs, each once"
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} runs failed:\n{}",
        failures.len(),
        rounds * PROCESSES,
        failures.join("\n")
    );
}
