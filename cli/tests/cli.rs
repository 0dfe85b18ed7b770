//! The `qazstep` binary against its contract (spec/cli.md): commands, JSON keys, exit codes,
//! one-line errors without personal data, the key file and `QAZSTEP_KEY_HEX`. Human output is in
//! the interface language (`--lang`, else the profile's, else Kazakh): the texts checked here
//! are the catalog's kk and ru words.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn qz(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("QAZSTEP_KEY_HEX")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn packs() -> Vec<String> {
    let mut out = Vec::new();
    for l in ["kk", "ru"] {
        for e in std::fs::read_dir(repo().join("content/packs").join(l)).unwrap() {
            out.push(e.unwrap().path().display().to_string());
        }
    }
    out.sort();
    out
}

#[test]
fn iin_check_contract() {
    let dir = tempfile::tempdir().unwrap();
    let ok = qz(dir.path(), &["iin", "check", "800101300016"]);
    assert_eq!((ok.status.code(), stdout(&ok).trim()), (Some(0), "valid"));
    let bad = qz(dir.path(), &["iin", "check", "070515601231"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("Мұндай ЖСН болмайды"),
        "{}",
        stderr(&bad)
    );
    assert!(!stderr(&bad).contains("070515601231"), "no ИИН in errors");
    assert_eq!(stderr(&bad).lines().count(), 1);
    let j = qz(dir.path(), &["--json", "iin", "check", "12345"]);
    assert_eq!(j.status.code(), Some(1));
    let v = json(&j);
    assert_eq!(v["valid"], false);
    assert!(v["reason"].as_str().unwrap().contains("12 digits"));
    let j = qz(dir.path(), &["iin", "check", "--json", "050301500901"]);
    assert_eq!(json(&j), serde_json::json!({"valid": true, "reason": null}));
    // A lone `--` ends the options.
    let dash = qz(dir.path(), &["iin", "check", "--", "-800101300016"]);
    assert_eq!(dash.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(qz(dir.path(), &["frobnicate"]).status.code(), Some(2));
    assert_eq!(qz(dir.path(), &["wipe"]).status.code(), Some(2));
    assert_eq!(
        qz(dir.path(), &["--lang", "en", "iin", "check", "1"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn usage_errors_are_one_line_naming_the_command() {
    let dir = tempfile::tempdir().unwrap();
    for (args, mentions) in [
        (vec!["frobnicate"], "frobnicate"),
        (vec!["exam", "answer", "A", "1"], "<RESPONSE>"),
        (vec!["exam", "answer", "A", "1", "-1"], "-- -1"),
        (vec!["exam", "answer", "A", "x", "1"], "POSITION"),
        (vec!["--lang", "en", "iin", "check", "1"], "--lang"),
        (vec!["exam", "strt"], "start"),
        (vec!["exam", "start", "--blueprint"], "--blueprint"),
        (vec!["pack"], "qazstep pack --help"),
        (vec![], "qazstep --help"),
        (vec!["wipe"], "--yes"),
    ] {
        let o = qz(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
        assert!(err.starts_with("qazstep: "), "{args:?}: {err}");
        assert!(err.contains(mentions), "{args:?}: {err}");
        assert!(stdout(&o).is_empty(), "{args:?}: nothing on stdout");
    }
    let o = qz(dir.path(), &["exam", "answer", "A", "1"]);
    assert!(
        stderr(&o).contains("qazstep exam answer --help"),
        "{}",
        stderr(&o)
    );
    // Help and version are not errors.
    let help = qz(dir.path(), &["exam", "answer", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("RESPONSE"));
    assert_eq!(qz(dir.path(), &["--version"]).status.code(), Some(0));
}

#[test]
fn usage_errors_never_echo_an_iin() {
    let dir = tempfile::tempdir().unwrap();
    // The ИИН typed where an option name belongs: clap would quote it back.
    for args in [
        vec!["profile", "set", "800101300016"],
        vec!["profile", "set", "8001 0130 0016"],
        vec!["iin", "check", "1", "800101300016"],
    ] {
        let o = qz(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(
            !err.contains("800101300016") && !err.contains("8001 0130 0016"),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    // `qazstep … | head -1`: the reader goes away; no panic, no backtrace.
    let mut child = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["demo", "--seed", "1"])
        .env("RUST_BACKTRACE", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let err = stderr(&o);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(o.status.code(), Some(0), "{err}");
    // The status stays the command's own: problems found still exit 1.
    let broken = repo().join("tests/fixtures/packs/broken.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["pack", "validate"])
        .args(std::iter::repeat_n(&broken, 200))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn pack_validate_reports_every_problem_with_file_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let broken = repo().join("tests/fixtures/packs/broken.json");
    let o = qz(dir.path(), &["pack", "validate", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.lines().count() >= 2, "{out}");
    for line in out.lines() {
        assert!(
            line.starts_with(&format!("{}: ", broken.display())),
            "{line}"
        );
    }
    let malformed = dir.path().join("m.json");
    std::fs::write(&malformed, "{\n \"format\": 1,\n \"id\": }").unwrap();
    let o = qz(
        dir.path(),
        &["pack", "validate", malformed.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("line 3 column"), "{}", stdout(&o));
    // A file that cannot be read is a problem in the same `<file>: <json-path>: <message>` shape.
    let missing = dir.path().join("missing.json");
    for cmd in ["validate", "import"] {
        let o = qz(dir.path(), &["pack", cmd, missing.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{cmd}");
        let out = if cmd == "validate" {
            stdout(&o)
        } else {
            stderr(&o)
        };
        assert!(
            out.contains(&format!("{}: $: cannot read", missing.display())),
            "{cmd}: {out}"
        );
    }
    // A failing pack imports nothing, even beside a good one.
    let good = repo().join("content/packs/kk/history_kz.json");
    let o = qz(
        dir.path(),
        &[
            "pack",
            "import",
            good.to_str().unwrap(),
            broken.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let list = qz(dir.path(), &["--json", "pack", "list"]);
    assert_eq!(json(&list), serde_json::json!([]));
}

#[test]
fn pack_import_of_several_files_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let math = repo().join("content/packs/kk/math.json");
    let history = repo().join("content/packs/kk/history_kz.json");
    // A valid v2 of the history pack: a later v1 in the same command is refused at import.
    let mut v2: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&history).unwrap()).unwrap();
    v2["version"] = 2.into();
    let v2_path = dir.path().join("history-v2.json");
    std::fs::write(&v2_path, serde_json::to_vec(&v2).unwrap()).unwrap();
    let o = qz(
        dir.path(),
        &[
            "pack",
            "import",
            math.to_str().unwrap(),
            v2_path.to_str().unwrap(),
            history.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&history.display().to_string()) && err.contains("nothing imported"),
        "{err}"
    );
    assert_eq!(
        json(&qz(dir.path(), &["--json", "pack", "list"])),
        serde_json::json!([]),
        "nothing of the command stays"
    );
    // The same file twice in one command: installed, then unchanged, and said so.
    let o = qz(
        dir.path(),
        &[
            "pack",
            "import",
            math.to_str().unwrap(),
            math.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.lines().next().unwrap().contains("орнатылды")
            && out.lines().nth(1).unwrap().contains("ештеңе өзгерген жоқ"),
        "{out}"
    );
}

#[test]
fn a_whole_exam_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["pack", "import"];
    let files = packs();
    args.extend(files.iter().map(String::as_str));
    let o = qz(dir.path(), &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let again = qz(dir.path(), &args);
    assert!(stdout(&again).contains("ештеңе өзгерген жоқ"));
    let list = json(&qz(dir.path(), &["--json", "pack", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 14);
    assert!(list[0]["sha256"].as_str().unwrap().len() == 64);

    let o = qz(
        dir.path(),
        &[
            "profile",
            "set",
            "--iin",
            "800101300016",
            "--name",
            "Айгерім",
            "--role",
            "student",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let show = stdout(&qz(dir.path(), &["profile", "show"]));
    assert!(
        show.contains("80••••••••16") && !show.contains("800101300016"),
        "{show}"
    );
    let bad = qz(dir.path(), &["profile", "set", "--iin", "800101300017"]);
    assert_eq!(bad.status.code(), Some(1));
    // `--role student|teacher`, like `--lang kk|ru`: another value is a usage error.
    let bad = qz(dir.path(), &["profile", "set", "--role", "admin"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains("student or teacher"),
        "{}",
        stderr(&bad)
    );

    let start = json(&qz(
        dir.path(),
        &[
            "--json",
            "exam",
            "start",
            "--blueprint",
            "unt-2025",
            "--subjects",
            "math,physics",
            "--seed",
            "4",
        ],
    ));
    let attempt = start["attempt"].as_str().unwrap().to_string();
    assert_eq!(start["questions"], 120);
    assert!(start["deadline"].as_i64().unwrap() > 0);
    let view = json(&qz(dir.path(), &["exam", "show", &attempt, "--json"]));
    assert_eq!(view["attempt"], attempt.as_str());
    assert_eq!(view["blueprint"], "unt-2025");
    assert_eq!(view["submitted"], false);
    let qs = view["questions"].as_array().unwrap();
    assert_eq!(qs.len(), 120);
    assert_eq!(qs[0]["position"], 1);
    assert_eq!(qs[0]["section"], "history_kz");
    assert!(qs[0]["response"].is_null());
    assert!(
        qs.iter()
            .all(|q| q.get("correct").is_none() && q.get("explanation").is_none())
    );

    // Answer position 1 (single), a multiple and a matching item.
    let o = qz(dir.path(), &["exam", "answer", &attempt, "1", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let multiple = qs.iter().find(|q| q["kind"] == "multiple").unwrap()["position"].to_string();
    let matching = qs.iter().find(|q| q["kind"] == "matching").unwrap()["position"].to_string();
    assert_eq!(
        qz(dir.path(), &["exam", "answer", &attempt, &multiple, "0,3"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        qz(
            dir.path(),
            &["exam", "answer", &attempt, &matching, "0:2,1:0"]
        )
        .status
        .code(),
        Some(0)
    );
    let view = json(&qz(dir.path(), &["--json", "exam", "show", &attempt]));
    let q = |p: &str| {
        view["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["position"].as_u64().map(|n| n.to_string()).as_deref() == Some(p))
            .unwrap()
            .clone()
    };
    assert_eq!(q("1")["response"], serde_json::json!([2]));
    assert_eq!(q(&multiple)["response"], serde_json::json!([0, 3]));
    assert_eq!(
        q(&matching)["response"],
        serde_json::json!([[0, 2], [1, 0]])
    );
    // Bad responses: exit 1, one line, nothing recorded.
    for (pos, resp) in [
        ("1", "7"),
        ("0", "1"),
        ("121", "1"),
        ("1", "x"),
        (matching.as_str(), "0:9"),
    ] {
        let o = qz(dir.path(), &["exam", "answer", &attempt, pos, resp]);
        assert_eq!(o.status.code(), Some(1), "{pos} {resp}: {}", stderr(&o));
        assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    }
    assert_eq!(
        json(&qz(dir.path(), &["--json", "exam", "show", &attempt]))["questions"][0]["response"],
        serde_json::json!([2])
    );

    let report = json(&qz(dir.path(), &["--json", "exam", "submit", &attempt]));
    for key in ["total", "max_total", "sections", "items", "thresholds"] {
        assert!(report.get(key).is_some(), "report lacks {key}");
    }
    assert_eq!(report["max_total"], 140);
    assert_eq!(report["sections"][0]["section"], "history_kz");
    assert_eq!(report["sections"][0]["min_required"], 5);
    assert!(
        report["thresholds"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["id"] == "national_universities" && t["min_total"] == 65)
    );
    assert_eq!(report["items"].as_array().unwrap().len(), 120);
    let again = qz(dir.path(), &["exam", "answer", &attempt, "2", "1"]);
    assert_eq!(again.status.code(), Some(1));

    // Export holds the ИИН for its owner; wipe erases it and keeps content.
    let out = dir.path().join("export.json");
    assert_eq!(
        qz(dir.path(), &["export", "--out", out.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("800101300016")
    );
    // The export holds the ИИН in the clear: only its owner may read the file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // A file that cannot be written: one line naming it, a storage problem (exit 3).
    let nowhere = dir.path().join("no-such-dir/export.json");
    let o = qz(dir.path(), &["export", "--out", nowhere.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("«{}» файлына жазу мүмкін емес", nowhere.display())),
        "{}",
        stderr(&o)
    );
    assert_eq!(qz(dir.path(), &["wipe", "--yes"]).status.code(), Some(0));
    assert_eq!(
        json(&qz(dir.path(), &["--json", "profile", "show"])),
        serde_json::Value::Null
    );
    assert_eq!(
        json(&qz(dir.path(), &["--json", "pack", "list"]))
            .as_array()
            .unwrap()
            .len(),
        14
    );
}

#[test]
fn score_case_from_the_spec() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.json");
    std::fs::write(
        &case,
        r#"{"blueprint": "unt-2025",
 "items": [
   {"section": "math", "kind": "multiple", "options": 6, "correct": [0, 3], "response": [0]},
   {"section": "math", "kind": "matching", "prompts": 2, "options": 4, "correct": [1, 3], "response": [[0, 1], [1, 2]]},
   {"section": "history_kz", "kind": "single", "options": 4, "correct": [2], "response": [2]}]}"#,
    )
    .unwrap();
    let o = qz(dir.path(), &["score", case.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r = json(&o);
    assert_eq!(r["total"], 3);
    assert_eq!(r["items"][0]["points"], 1);
    assert_eq!(r["items"][1]["points"], 1);
    assert_eq!(r["items"][2]["points"], 1);
    assert!(
        !dir.path().join("user.db").exists(),
        "score touches no database"
    );
    // Bad cases: exit 1, the catalog's lead line, then one line each, `<file>: <json-path>:
    // <message>` like the parse errors (path-precise English for authors).
    let item =
        r#"{"section": "math", "kind": "multiple", "options": 6, "correct": [0], "response": [0]}"#;
    for (body, path) in [
        (format!(r#"{{"blueprint": "unt-1999", "items": [{item}]}}"#), "blueprint: "),
        (format!(r#"{{"blueprint": "pbb-2024", "items": [{item}]}}"#), "items[0]: "),
        (
            format!(r#"{{"blueprint": "unt-2025", "subjects": ["math", "law"], "items": [{item}]}}"#),
            "subjects: ",
        ),
        (format!(r#"{{"blueprint": "unt-2025", "items": [{item}"#), "$: "),
        (
            r#"{"blueprint": "unt-2025", "items": [{"section": "math", "kind": "single", "options": 4, "correct": [1], "response": [4]}]}"#.to_string(),
            "items[0].response: ",
        ),
        // What no real attempt of the blueprint holds: a section it does not have, a pair it
        // does not allow, a kind's shape outside the pack format, a kind the section never uses.
        (
            r#"{"blueprint": "unt-2025", "items": [{"section": "teaching_methodology", "kind": "single", "options": 4, "correct": [1]}]}"#.to_string(),
            "items[0].section: \"teaching_methodology\" is not a section of unt-2025",
        ),
        (
            format!(r#"{{"blueprint": "unt-2025", "items": [{item}, {}]}}"#, item.replace("math", "biology")),
            "items[1].section: \"biology\" is not a section of unt-2025 with math",
        ),
        (
            r#"{"blueprint": "unt-2025", "items": [{"section": "math", "kind": "multiple", "options": 6, "correct": [0, 1, 2, 3]}]}"#.to_string(),
            "items[0].correct: a multiple-choice question has 1 to 3 correct options, found 4",
        ),
        (
            r#"{"blueprint": "unt-2025", "items": [{"section": "history_kz", "kind": "matching", "options": 4, "correct": [1, 0]}]}"#.to_string(),
            "items[0].kind: ",
        ),
    ] {
        std::fs::write(&case, &body).unwrap();
        let o = qz(dir.path(), &["score", case.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{body}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 2, "{err}");
        assert!(
            err.starts_with(&format!(
                "qazstep: «{}» бағалау жағдайында қате бар",
                case.display()
            )),
            "{body}: {err}"
        );
        assert!(
            err.lines()
                .nth(1)
                .unwrap()
                .starts_with(&format!("qazstep: {}: {path}", case.display())),
            "{body}: {err}"
        );
    }
}

#[test]
fn keys_file_env_and_wrong_key() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        qz(dir.path(), &["profile", "set", "--iin", "800101300016"])
            .status
            .code(),
        Some(0)
    );
    let key = dir.path().join("cli.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // A key file others could read (a copy, an umask, a restore) is made private again.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
        let o = qz(dir.path(), &["profile", "show"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let hex = std::fs::read_to_string(&key).unwrap().trim().to_string();
    // The environment takes precedence over the file: a different key is a key problem (exit 3).
    let wrong = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "profile",
            "show",
        ])
        .env("QAZSTEP_KEY_HEX", "11".repeat(32))
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(3), "{}", stderr(&wrong));
    assert!(stderr(&wrong).contains("кілт басқа"), "{}", stderr(&wrong));
    let right = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "profile",
            "show",
        ])
        .env("QAZSTEP_KEY_HEX", &hex)
        .output()
        .unwrap();
    assert_eq!(right.status.code(), Some(0));
    assert!(!stderr(&wrong).contains(&hex) && !stdout(&wrong).contains(&hex));
    // A missing key file with existing personal data is a clear key problem.
    std::fs::remove_file(&key).unwrap();
    let o = qz(dir.path(), &["profile", "show"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("cli.key"));
    // The key is lost for good, yet its owner can still erase the data; then a new key serves.
    let o = qz(dir.path(), &["wipe", "--yes"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = qz(dir.path(), &["--json", "profile", "show"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o), serde_json::Value::Null);
    assert!(key.exists(), "a new key file was made");
}

#[test]
fn demo_is_deterministic() {
    let a = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["demo", "--seed", "3", "--json"])
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    let b = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["demo", "--json", "--seed", "3"])
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
    let r = json(&a);
    assert_eq!(r["max_total"], 140);
    assert!(
        r["total"].as_u64().unwrap() > 40,
        "the simulated student knows something"
    );
    let ru = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["demo", "--lang", "ru"])
        .output()
        .unwrap();
    assert_eq!(ru.status.code(), Some(0));
    assert!(stdout(&ru).contains("Итоговый балл"), "{}", stdout(&ru));
}

fn qz_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("QAZSTEP_KEY_HEX")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Lines of `out` from the first one that contains `from`.
fn from_line<'a>(out: &'a str, from: &str) -> Vec<&'a str> {
    out.lines().skip_while(|l| !l.contains(from)).collect()
}

/// Words of two or more Latin letters in `lines` (a label left in English), except the ones
/// allowed (commands, ids, an e-mail).
fn latin_words<'a>(lines: &[&'a str], allowed: &[&str]) -> Vec<&'a str> {
    lines
        .iter()
        .flat_map(|l| l.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 2 && !allowed.contains(w))
        .collect()
}

/// A whole session of `exam run` as a new user would type it, in `lang`: onboarding (the
/// policy with the operator's contact, the profile form), answers by letter, a flag, navigation,
/// a letter that is not an option, quitting; then resuming, a cancelled and a confirmed
/// submission, the report in that language.
fn exam_run_session(lang: &str, words: &ExamRunWords) {
    let dir = tempfile::tempdir().unwrap();
    // No packs imported: `exam run` imports the starter packs into an empty bank.
    let o = qz_stdin(
        dir.path(),
        &["--lang", lang, "exam", "run", "--seed", "5"],
        &format!("{}\n1\nАйгерім\n\n1\n\nB\nm\n\nA\ng 30\nZ\nq\n", words.yes),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    for expected in [
        words.policy,
        "bosskazybek@gmail.com",
        words.first,
        words.answered_b,
        words.flagged,
        words.thirtieth,
        words.no_option_z,
        "  A) ",
        "  D) ",
        "qazstep exam run --attempt ",
    ] {
        assert!(out.contains(expected), "{lang}: {expected:?} in\n{out}");
    }
    // Positions from 1, options lettered: no option numbered from 0.
    assert!(!out.contains("  0) "), "{out}");
    let list = json(&qz(dir.path(), &["--json", "exam", "list"]));
    let attempt = list[0]["attempt"].as_str().unwrap().to_string();
    assert_eq!(list[0]["answered"], 2);
    let view = json(&qz(dir.path(), &["--json", "exam", "show", &attempt]));
    assert_eq!(view["questions"][0]["response"], serde_json::json!([1]));
    assert_eq!(view["questions"][0]["flagged"], true);
    assert_eq!(view["questions"][1]["response"], serde_json::json!([0]));
    assert_eq!(view["questions"][29]["response"], serde_json::Value::Null);

    // Resume (the profile's language now, no --lang); submit, say no; submit, say yes.
    let o = qz_stdin(
        dir.path(),
        &["exam", "run", "--attempt", &attempt],
        &format!("s\n{}\ns\n{}\nq\n", words.no, words.yes),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(words.resumed_at),
        "{lang}: resumed at 30: {out}"
    );
    assert_eq!(out.matches(words.unanswered_118).count(), 2, "{out}");
    assert!(out.contains(words.flagged_1), "{out}");
    assert!(out.contains(words.yes_no), "{out}");
    let report = from_line(&out, words.total);
    assert!(!report.is_empty(), "{lang}: the report is shown: {out}");
    for expected in [
        words.history,
        words.thresholds,
        words.national,
        words.not_met,
    ] {
        assert!(
            report.iter().any(|l| l.contains(expected)),
            "{lang}: {expected:?} in\n{}",
            report.join("\n")
        );
    }
    let english = latin_words(&report, &[]);
    assert!(
        english.is_empty(),
        "{lang}: English in the report: {english:?}"
    );
    let view = json(&qz(dir.path(), &["--json", "exam", "show", &attempt]));
    assert_eq!(view["submitted"], true);
}

/// What an `exam run` session shows in one language.
struct ExamRunWords {
    yes: &'static str,
    no: &'static str,
    yes_no: &'static str,
    policy: &'static str,
    first: &'static str,
    answered_b: &'static str,
    flagged: &'static str,
    thirtieth: &'static str,
    no_option_z: &'static str,
    resumed_at: &'static str,
    unanswered_118: &'static str,
    flagged_1: &'static str,
    total: &'static str,
    history: &'static str,
    thresholds: &'static str,
    national: &'static str,
    not_met: &'static str,
}

#[test]
fn exam_run_in_kazakh() {
    exam_run_session(
        "kk",
        &ExamRunWords {
            yes: "иә",
            no: "жоқ",
            yes_no: "[иә/жоқ]",
            policy: "Құпиялылық саясаты",
            first: "Сұрақ 1 / 120",
            answered_b: "Жауабыңыз: B",
            flagged: "⚑ белгіленген",
            thirtieth: "Сұрақ 30 / 120",
            no_option_z: "«Z» нұсқасы жоқ: бұл сұрақтың 4 жауап нұсқасы бар",
            resumed_at: "Сұрақ 30 / 120",
            unanswered_118: "Жауапсыз сұрақтар: 118",
            flagged_1: "Белгіленген сұрақтар: 1",
            total: "Жалпы балл:",
            history: "Қазақстан тарихы",
            thresholds: "Шекті балдар:",
            national: "Ұлттық ЖОО",
            not_met: "жиналмады",
        },
    );
}

#[test]
fn exam_run_in_russian() {
    exam_run_session(
        "ru",
        &ExamRunWords {
            yes: "да",
            no: "нет",
            yes_no: "[да/нет]",
            policy: "Политика конфиденциальности",
            first: "Вопрос 1 из 120",
            answered_b: "Ваш ответ: B",
            flagged: "⚑ отмечен",
            thirtieth: "Вопрос 30 из 120",
            no_option_z: "Варианта «Z» нет: у этого вопроса 4 варианта ответа",
            resumed_at: "Вопрос 30 из 120",
            unanswered_118: "Без ответа: 118",
            flagged_1: "Отмечено: 1",
            total: "Итоговый балл:",
            history: "История Казахстана",
            thresholds: "Пороговые баллы:",
            national: "Национальные вузы",
            not_met: "не набран",
        },
    );
}

/// An attempt started on the starter content (`exam start --json`), its id.
fn started(dir: &Path, seed: &str) -> String {
    let o = qz(
        dir,
        &[
            "--json",
            "exam",
            "start",
            "--subjects",
            "math,physics",
            "--seed",
            seed,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    json(&o)["attempt"].as_str().unwrap().to_string()
}

#[test]
fn exam_show_draws_one_position_with_its_table() {
    let dir = starter_dir(&[]);
    let a = started(dir.path(), "2");
    let view = json(&qz(dir.path(), &["--json", "exam", "show", &a]));
    let questions = view["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 120, "--json lists every question");
    let with_table = questions
        .iter()
        .find(|q| {
            q["stem"].as_str().unwrap().contains("|---")
                || q["context"]["text"]
                    .as_str()
                    .is_some_and(|t| t.contains("|---"))
        })
        .unwrap()["position"]
        .to_string();
    let o = qz(dir.path(), &["exam", "show", &a, "--position", &with_table]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains('┌') && out.contains("│ ") && out.contains('└'),
        "{out}"
    );
    assert!(!out.contains("|---"), "the Markdown is drawn: {out}");
    assert_eq!(out.matches("Сұрақ ").count(), 1, "one position: {out}");
    assert!(out.contains(&format!("Сұрақ {with_table} / 120")), "{out}");
    assert!(
        out.contains("  A) ") && out.contains("Жауабыңыз: таңдалмаған"),
        "{out}"
    );
    // Without --position: the first position without an answer.
    assert_eq!(
        qz(dir.path(), &["exam", "answer", &a, "1", "B"])
            .status
            .code(),
        Some(0)
    );
    let out = stdout(&qz(dir.path(), &["--lang", "ru", "exam", "show", &a]));
    assert!(out.contains("Вопрос 2 из 120"), "{out}");
    let out = stdout(&qz(
        dir.path(),
        &["--lang", "ru", "exam", "show", &a, "--position", "1"],
    ));
    assert!(out.contains("Ваш ответ: B"), "{out}");
    let o = qz(dir.path(), &["exam", "show", &a, "--position", "121"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("121-сұрақ жоқ"), "{}", stderr(&o));
}

#[test]
fn exam_answer_takes_letters_as_the_same_indexes() {
    let dir = starter_dir(&[]);
    let a = started(dir.path(), "4");
    let view = json(&qz(dir.path(), &["--json", "exam", "show", &a]));
    let questions = view["questions"].as_array().unwrap();
    let at =
        |kind: &str| questions.iter().find(|q| q["kind"] == kind).unwrap()["position"].to_string();
    let response = |position: &str| {
        let v = json(&qz(dir.path(), &["--json", "exam", "show", &a]));
        v["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["position"].as_u64().map(|n| n.to_string()).as_deref() == Some(position))
            .unwrap()["response"]
            .clone()
    };
    for (kind, letters, indexes, expected) in [
        ("single", "C", "2", serde_json::json!([2])),
        ("single", "с", "2", serde_json::json!([2])),
        ("multiple", "A,D", "0,3", serde_json::json!([0, 3])),
        (
            "matching",
            "1:C,2:A",
            "0:2,1:0",
            serde_json::json!([[0, 2], [1, 0]]),
        ),
        (
            "matching",
            "1C,2A",
            "0:2,1:0",
            serde_json::json!([[0, 2], [1, 0]]),
        ),
    ] {
        let p = at(kind);
        let o = qz(dir.path(), &["--json", "exam", "answer", &a, &p, letters]);
        assert_eq!(o.status.code(), Some(0), "{letters}: {}", stderr(&o));
        // The contract's acknowledgement, whatever form was typed.
        let ack = json(&o);
        assert_eq!(ack["position"].to_string(), p);
        assert!(ack["answered"].is_u64() && ack["remaining_seconds"].is_i64());
        assert_eq!(response(&p), expected, "{kind} {letters}");
        assert_eq!(
            qz(dir.path(), &["exam", "clear", &a, &p]).status.code(),
            Some(0)
        );
        let o = qz(dir.path(), &["exam", "answer", &a, &p, indexes]);
        assert_eq!(o.status.code(), Some(0), "{indexes}: {}", stderr(&o));
        assert_eq!(response(&p), expected, "{kind} {indexes}");
    }
    // People see the answer in letters; refusals of letters speak of letters.
    let single = at("single");
    let o = qz(dir.path(), &["exam", "answer", &a, &single, "B"]);
    assert!(stdout(&o).contains(": B."), "{}", stdout(&o));
    for (typed, said) in [
        ("F", "«F» нұсқасы жоқ: бұл сұрақтың 4 жауап нұсқасы бар"),
        ("A,B", "бір ғана дұрыс жауабы бар"),
        ("Ж", "Жауапты әріппен жазыңыз"),
    ] {
        let o = qz(dir.path(), &["exam", "answer", &a, &single, typed]);
        assert_eq!(o.status.code(), Some(1), "{typed}");
        assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
        assert!(stderr(&o).contains(said), "{typed}: {}", stderr(&o));
    }
    let matching = at("matching");
    let o = qz(
        dir.path(),
        &["--lang", "ru", "exam", "answer", &a, &matching, "1:A,7:B"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("Пункта 7 нет"), "{}", stderr(&o));
    // The contract's index forms keep their meaning; people are told the option's letter.
    let o = qz(dir.path(), &["exam", "answer", &a, &single, "7"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("«H» нұсқасы жоқ"), "{}", stderr(&o));
}

#[test]
fn errors_are_one_line_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, said) in [
        ("kk", "qazstep: Мұндай ЖСН болмайды"),
        ("ru", "qazstep: Такого ИИН не существует"),
    ] {
        let o = qz(
            dir.path(),
            &["profile", "set", "--iin", "800101300017", "--lang", lang],
        );
        assert_eq!(o.status.code(), Some(1), "{lang}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with(said), "{lang}: {err}");
        assert!(!err.contains("800101300017"), "no ИИН in errors");
    }
    // Exit codes stay: a storage problem is 3, in the interface language too.
    let o = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["--data-dir", dir.path().to_str().unwrap(), "--lang", "ru"])
        .args(["profile", "show"])
        .env("QAZSTEP_KEY_HEX", "zz")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains("ровно 64 шестнадцатеричные цифры"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn without_lang_the_profiles_interface_language_is_used() {
    let dir = starter_dir(&[]);
    // No profile: Kazakh.
    let o = qz(dir.path(), &["profile", "show"]);
    assert!(stdout(&o).contains("Профиль әлі жоқ"), "{}", stdout(&o));
    let o = qz(
        dir.path(),
        &["profile", "set", "--iin", "800101300016", "--lang", "ru"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let show = stdout(&qz(dir.path(), &["profile", "show"]));
    assert!(
        show.contains("Роль: ученик") && show.contains("ИИН: 80••••••••16"),
        "{show}"
    );
    assert!(stdout(&qz(dir.path(), &["exam", "blueprints"])).contains("ЕНТ 2025 (unt-2025)"));
    let o = qz(dir.path(), &["iin", "check", "800101300017"]);
    assert!(
        stderr(&o).contains("Такого ИИН не существует"),
        "{}",
        stderr(&o)
    );
    // --lang wins for one command without changing the profile…
    let o = qz(dir.path(), &["--lang", "kk", "exam", "blueprints"]);
    assert!(stdout(&o).contains("ҰБТ 2025 (unt-2025)"), "{}", stdout(&o));
    // …unless it is set (`profile set` stores the interface language given).
    assert!(stdout(&qz(dir.path(), &["profile", "show"])).contains("Роль: ученик"));
    let o = qz(dir.path(), &["profile", "set", "--lang", "kk"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&qz(dir.path(), &["profile", "show"])).contains("Рөлі: оқушы"));
    // JSON is the same whatever the language.
    let kk = json(&qz(dir.path(), &["--json", "profile", "show"]));
    let ru = json(&qz(
        dir.path(),
        &["--json", "--lang", "ru", "profile", "show"],
    ));
    assert_eq!(kk["role"], "student");
    assert_eq!(kk["iin_masked"], ru["iin_masked"]);
}

#[test]
fn human_lists_show_names_not_ids() {
    let dir = starter_dir(&[]);
    let a = started(dir.path(), "6");
    let list = stdout(&qz(dir.path(), &["--lang", "ru", "exam", "list"]));
    assert!(
        list.contains(&a) && list.contains("ЕНТ 2025 · Математика – Физика"),
        "{list}"
    );
    assert!(
        !list.contains("unt-2025") && !list.contains("math"),
        "{list}"
    );
    let o = qz(
        dir.path(),
        &[
            "--lang",
            "ru",
            "practice",
            "start",
            "--subject",
            "math",
            "--count",
            "2",
            "--seed",
            "1",
        ],
    );
    let out = stdout(&o);
    assert!(
        out.contains("Вопрос 1 · Математика · ") && out.contains("Вопрос 2 · "),
        "{out}"
    );
    assert!(!out.contains("math.") && !out.contains("  0) "), "{out}");
    let session = json(&qz(
        dir.path(),
        &[
            "--json",
            "practice",
            "start",
            "--subject",
            "math",
            "--count",
            "2",
            "--seed",
            "1",
        ],
    ))["id"]
        .as_str()
        .unwrap()
        .to_string();
    // ПББ sections are named in the review (not `subject_knowledge`), as in the report.
    let o = qz(
        dir.path(),
        &[
            "--json",
            "exam",
            "start",
            "--blueprint",
            "pbb-2024",
            "--subjects",
            "math",
            "--category",
            "expert",
        ],
    );
    let pbb = json(&o)["attempt"].as_str().unwrap().to_string();
    let report = stdout(&qz(dir.path(), &["exam", "submit", &pbb]));
    assert!(
        report.contains("Біліктілік санаттары:") && report.contains("Мақсатты санат:"),
        "{report}"
    );
    let review = stdout(&qz(dir.path(), &["exam", "review", &pbb]));
    assert!(
        review.contains("Пәндік білім") && !review.contains("subject_knowledge"),
        "{review}"
    );
    // Practice questions are numbered from 1, as shown.
    let o = qz(dir.path(), &["practice", "answer", &session, "0", "A"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let o = qz(
        dir.path(),
        &["--json", "practice", "answer", &session, "1", "A"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["index"], 0);
}

#[test]
fn pack_import_prints_the_packs_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("warned.json");
    std::fs::write(
        &file,
        r#"{"format": 1, "id": "kz.test.warned", "version": 1, "locale": "kk",
            "title": {"kk": "а", "ru": "б"},
            "topics": [{"id": "math.unused", "subject": "math", "name": {"kk": "х", "ru": "у"}}],
            "questions": []}"#,
    )
    .unwrap();
    let o = qz(dir.path(), &["pack", "import", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("kz.test.warned v1: орнатылды"));
    assert_eq!(
        stderr(&o).trim(),
        format!(
            "{}: warning: topics[0]: topic \"math.unused\" is not used by any question",
            file.display()
        )
    );
}

/// A data dir with the starter packs (and `extra` pack files) imported.
fn starter_dir(extra: &[&Path]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut args = vec!["pack".to_string(), "import".to_string()];
    args.extend(extra.iter().map(|p| p.display().to_string()));
    args.extend(packs());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = qz(dir.path(), &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    dir
}

/// Moves an attempt's deadline (a plaintext column, like its copy in the clock guard row) to
/// `ms_from_now` from now: how a test reaches an exam's last minute, or its end.
fn move_deadline(dir: &Path, attempt: &str, ms_from_now: i64) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let db = rusqlite::Connection::open(dir.join("user.db")).unwrap();
    for table in ["attempts", "attempt_clock"] {
        let n = db
            .execute(
                &format!("UPDATE {table} SET deadline = ?1 WHERE id = ?2"),
                rusqlite::params![now + ms_from_now, attempt],
            )
            .unwrap();
        assert_eq!(n, 1, "{table}");
    }
}

#[test]
fn a_blueprint_without_subject_choice_starts_without_subjects() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("math-only.json");
    std::fs::write(
        &pack,
        r#"{"format": 1, "id": "kz.test.math_only", "version": 1, "locale": "kk",
            "title": {"kk": "а", "ru": "б"}, "questions": [],
            "blueprints": [{"id": "math-only", "exam": "unt", "revision": 1, "year": 2025,
              "name": {"kk": "Математика", "ru": "Математика"}, "duration_minutes": 30,
              "scoring": {"single": {"points": 1, "by_mistakes": [1]}},
              "sections": [{"subject": "math",
                            "slots": [{"kind": "single", "count": 5, "options": 4}]}]}]}"#,
    )
    .unwrap();
    let dir = starter_dir(&[&pack]);
    // No --subjects: the blueprint takes no choice, so none is given.
    let o = qz(
        dir.path(),
        &["--json", "exam", "start", "--blueprint", "math-only"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["questions"], 5);
    // Even with profile subjects set: they are a choice this blueprint does not take.
    set_profile_subjects(dir.path(), "math,physics");
    let o = qz(dir.path(), &["exam", "start", "--blueprint", "math-only"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A blueprint that takes a choice keeps the documented default (the profile's subjects).
    let o = qz(
        dir.path(),
        &["--json", "exam", "start", "--blueprint", "unt-2025"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["questions"], 120);
    // An empty --subjects is refused with one clear line, not taken as the subject "".
    for empty in ["", "math,,physics", " "] {
        let o = qz(
            dir.path(),
            &[
                "exam",
                "start",
                "--blueprint",
                "unt-2025",
                "--subjects",
                empty,
            ],
        );
        assert_eq!(o.status.code(), Some(2), "{empty:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("subject code is empty"), "{err}");
    }
}

#[test]
fn subjects_may_have_spaces_after_commas() {
    let dir = starter_dir(&[]);
    let o = qz(
        dir.path(),
        &[
            "--json",
            "exam",
            "start",
            "--blueprint",
            "unt-2025",
            "--subjects",
            "math, physics",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let list = json(&qz(dir.path(), &["--json", "exam", "list"]));
    assert_eq!(list[0]["subjects"], serde_json::json!(["math", "physics"]));
    set_profile_subjects(dir.path(), " physics , math");
}

#[test]
fn global_options_may_be_repeated_and_the_last_wins() {
    let dir = tempfile::tempdir().unwrap();
    // Repeated at the same level (before the command, or after it) and across levels.
    for args in [
        vec!["--json", "--json", "iin", "check", "800101300016"],
        vec!["iin", "check", "800101300016", "--json", "--json"],
        vec!["--json", "iin", "check", "800101300016", "--json"],
    ] {
        let o = qz(dir.path(), &args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(json(&o)["valid"], true, "{args:?}");
    }
    for args in [
        vec!["--lang", "kk", "--lang", "ru", "exam", "blueprints"],
        vec!["exam", "blueprints", "--lang", "kk", "--lang", "ru"],
    ] {
        let o = qz(dir.path(), &args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).contains("ЕНТ 2025"), "{args:?}: {}", stdout(&o));
    }
    // `qz` gives --data-dir first; the later one is used.
    let first = dir.path().join("first");
    let other = dir.path().join("other");
    let o = qz(
        &first,
        &[
            "--data-dir",
            other.to_str().unwrap(),
            "profile",
            "set",
            "--iin",
            "800101300016",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(other.join("user.db").exists());
    assert!(!first.exists());
}

#[test]
fn pack_validate_reports_warnings_in_json_and_beside_problems() {
    let dir = tempfile::tempdir().unwrap();
    let pack = |correct: u32| {
        format!(
            r#"{{"format": 1, "id": "kz.test.warned", "version": 1, "locale": "kk",
                "title": {{"kk": "а", "ru": "б"}},
                "topics": [{{"id": "math.used", "subject": "math", "name": {{"kk": "х", "ru": "у"}}}},
                           {{"id": "math.unused", "subject": "math", "name": {{"kk": "х", "ru": "у"}}}}],
                "questions": [{{"id": "q1", "subject": "math", "topic": "math.used", "kind": "single",
                                "stem": "?", "options": ["a", "b"], "correct": [{correct}]}}]}}"#
        )
    };
    let good = dir.path().join("good.json");
    let bad = dir.path().join("bad.json");
    std::fs::write(&good, pack(0)).unwrap();
    std::fs::write(&bad, pack(7)).unwrap();
    let warning = r#"topics[1]: topic "math.unused" is not used by any question"#;
    let (g, b) = (good.to_str().unwrap(), bad.to_str().unwrap());
    let o = qz(dir.path(), &["--json", "pack", "validate", g, b]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v[0]["valid"], true);
    assert_eq!(v[0]["problems"], serde_json::json!([]));
    assert_eq!(v[0]["warnings"], serde_json::json!([warning]));
    assert_eq!(v[1]["valid"], false);
    assert_eq!(v[1]["problems"].as_array().unwrap().len(), 1);
    assert_eq!(v[1]["warnings"], serde_json::json!([warning]));
    // Text: problems on stdout as before, warnings on stderr for both files.
    let o = qz(dir.path(), &["pack", "validate", g, b]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with(&format!("{b}: questions[0].correct")),
        "{out}"
    );
    let err = stderr(&o);
    for file in [g, b] {
        assert!(
            err.contains(&format!("{file}: warning: {warning}")),
            "{file}: {err}"
        );
    }
}

#[test]
fn a_data_dir_that_cannot_be_created_is_a_storage_problem() {
    let tmp = tempfile::tempdir().unwrap();
    // A directory under a regular file cannot be created (like /proc/x).
    let file = tmp.path().join("file");
    std::fs::write(&file, "").unwrap();
    let dir = file.join("qazstep");
    for args in [vec!["profile", "show"], vec!["exam", "list"]] {
        let o = qz(&dir, &args);
        assert_eq!(o.status.code(), Some(3), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!(
                "«{}» деректер каталогын жасау мүмкін емес",
                dir.display()
            )),
            "{err}"
        );
    }
    // With the key in the environment the core creates the directory: the same problem.
    let o = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .arg("--data-dir")
        .arg(&dir)
        .args(["profile", "show"])
        .env("QAZSTEP_KEY_HEX", "11".repeat(32))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("деректер каталогын"), "{}", stderr(&o));
}

#[test]
fn submitting_a_closed_attempt_shows_its_report() {
    let dir = starter_dir(&[]);
    let start = |seed: &str| {
        let o = qz(
            dir.path(),
            &[
                "--json",
                "exam",
                "start",
                "--subjects",
                "math,physics",
                "--seed",
                seed,
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        json(&o)["attempt"].as_str().unwrap().to_string()
    };
    // Submitted before: the same report again, exit 0, text and JSON.
    let a = start("1");
    assert_eq!(
        qz(dir.path(), &["exam", "answer", &a, "1", "2"])
            .status
            .code(),
        Some(0)
    );
    let first = qz(dir.path(), &["--json", "exam", "submit", &a]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let again = qz(dir.path(), &["--json", "exam", "submit", &a]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(json(&again), json(&first));
    let text = qz(dir.path(), &["exam", "submit", &a]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    assert!(stdout(&text).contains("/ 140"), "{}", stdout(&text));
    assert!(
        stderr(&text).contains("Бұл тест аяқталған"),
        "{}",
        stderr(&text)
    );
    // Scored at the deadline: submit shows that report.
    let b = start("2");
    assert_eq!(
        qz(dir.path(), &["exam", "answer", &b, "1", "2"])
            .status
            .code(),
        Some(0)
    );
    move_deadline(dir.path(), &b, -1000);
    let o = qz(dir.path(), &["--json", "exam", "submit", &b]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = json(&o);
    assert_eq!(report["max_total"], 140);
    assert_eq!(report["items"].as_array().unwrap().len(), 120);
    let review = json(&qz(dir.path(), &["--json", "exam", "review", &b]));
    assert_eq!(review["report"], report);
    let o = qz(dir.path(), &["exam", "submit", &b]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("Уақыт бітті"), "{}", stderr(&o));
    // An unknown attempt is still refused.
    let o = qz(dir.path(), &["exam", "submit", "no-such-attempt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn wipe_removes_the_key_file_and_a_new_one_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("cli.key");
    let o = qz(dir.path(), &["profile", "set", "--iin", "800101300016"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let old = std::fs::read_to_string(&key).unwrap();
    let o = qz(dir.path(), &["wipe", "--yes"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!key.exists(), "the key file is erased with the data");
    let o = qz(dir.path(), &["profile", "set", "--iin", "800101300016"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_ne!(std::fs::read_to_string(&key).unwrap(), old, "a fresh key");
    // A key from the environment: nothing to remove, the file (not in use) is left alone.
    let o = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["wipe", "--yes"])
        .env("QAZSTEP_KEY_HEX", "11".repeat(32))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(key.exists());
}

#[test]
fn the_last_minute_is_shown_in_seconds() {
    let dir = starter_dir(&[]);
    let o = qz(
        dir.path(),
        &["--json", "exam", "start", "--subjects", "math,physics"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let a = json(&o)["attempt"].as_str().unwrap().to_string();
    move_deadline(dir.path(), &a, 45_000);
    let o = qz(dir.path(), &["exam", "answer", &a, "1", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(" сек қалды") && !out.contains("0 мин"),
        "{out}"
    );
    let secs: i64 = out
        .trim()
        .strip_suffix(" сек қалды.")
        .and_then(|s| s.rsplit(' ').next())
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..60).contains(&secs), "{out}");
    // The exam screen draws the clock.
    let show = stdout(&qz(dir.path(), &["--lang", "ru", "exam", "show", &a]));
    assert!(show.contains("Осталось: 0:00:"), "{show}");
    let list = stdout(&qz(dir.path(), &["--lang", "ru", "exam", "list"]));
    assert!(
        list.contains("осталось ") && list.contains(" сек"),
        "{list}"
    );
}

/// `pack validate` sees what the import would refuse: ids two files both claim, and a media
/// file missing or other than the one recorded. `pack import` refuses the same, importing
/// nothing.
#[test]
fn pack_validate_checks_files_against_each_other_and_their_media() {
    let dir = tempfile::tempdir().unwrap();
    let pack = |id: &str, qid: &str, media: &str| {
        format!(
            r#"{{"format": 1, "id": "{id}", "version": 1, "locale": "kk",
                "title": {{"kk": "а", "ru": "б"}},
                "topics": [{{"id": "math.t", "subject": "math", "name": {{"kk": "х", "ru": "у"}}}}],
                "questions": [{{"id": "{qid}", "subject": "math", "topic": "math.t", "kind": "single",
                                "stem": "?", "options": ["a", "b"], "correct": [0], "media": [{media}]}}]}}"#
        )
    };
    let png = b"not really a png";
    let sum = sha256_hex(png);
    std::fs::create_dir(dir.path().join("img")).unwrap();
    std::fs::write(dir.path().join("img/a.png"), png).unwrap();
    let image = |path: &str, sha: &str| {
        format!(r#"{{"kind": "image", "path": "{path}", "sha256": "{sha}"}}"#)
    };
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    let c = dir.path().join("c.json");
    std::fs::write(&a, pack("kz.test.a", "q1", &image("img/a.png", &sum))).unwrap();
    std::fs::write(&b, pack("kz.test.b", "q1", "")).unwrap();
    std::fs::write(
        &c,
        pack(
            "kz.test.c",
            "q3",
            &format!(
                "{}, {}",
                image("img/a.png", &"ab".repeat(32)),
                image("img/gone.png", &sum)
            ),
        ),
    )
    .unwrap();
    let (a, b, c) = (
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        c.to_str().unwrap(),
    );
    let o = qz(dir.path(), &["pack", "validate", a]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = qz(dir.path(), &["pack", "validate", a, b, c]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            format!(r#"{b}: questions[0].id: question id "q1" already belongs to pack kz.test.a"#),
            format!(
                r#"{c}: questions[0].media[0].sha256: the file "img/a.png" has SHA-256 {sum}, not the one given here"#
            ),
            format!(
                r#"{c}: questions[0].media[1].path: cannot read "img/gone.png" beside the pack: entity not found"#
            ),
        ],
        "{out}"
    );
    let data = dir.path().join("data");
    let d = data.to_str().unwrap();
    for files in [[a, b], [a, c]] {
        let o = qz(
            dir.path(),
            &["--data-dir", d, "pack", "import", files[0], files[1]],
        );
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let o = qz(dir.path(), &["--data-dir", d, "--json", "pack", "list"]);
        assert_eq!(json(&o), serde_json::json!([]), "nothing imported");
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// `profile set` with a valid ИИН and `subjects` (as typed after `--subjects`); must succeed.
fn set_profile_subjects(dir: &Path, subjects: &str) {
    let o = qz(
        dir,
        &[
            "profile",
            "set",
            "--iin",
            "800101300016",
            "--subjects",
            subjects,
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
