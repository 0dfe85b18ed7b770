//! Damage stays where it happens (issue 16, docs/reliability.md): each data file of a used data
//! directory is damaged in each way a phone meets (cut to half, zero bytes, random bytes in one
//! page, random bytes in one sealed value, its `-wal` removed after a kill, the key file
//! removed), and for each the test asserts what still works, which file the message names with
//! the way out, and that nothing readable was lost (the other database's data reads as before;
//! a damaged file is kept, never deleted by the app).
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

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
        .arg("--lang")
        .arg("ru")
        .args(args)
        .env_remove("QAZSTEP_KEY_HEX")
        .output()
        .unwrap()
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = qz(dir, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The one line a failed command prints (exit 3, a storage or key problem).
fn fails(dir: &Path, args: &[&str]) -> String {
    let out = qz(dir, args);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
    err
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.push("--json");
    serde_json::from_str(&ok(dir, &a)).unwrap()
}

/// The export without its time stamp (what must read the same before and after).
fn export(dir: &Path) -> Value {
    let mut v = json(dir, &["export"]);
    v.as_object_mut().unwrap().remove("exported_at_ms");
    v
}

fn pack_count(dir: &Path) -> usize {
    json(dir, &["pack", "list"]).as_array().unwrap().len()
}

/// A used data directory: the starter packs, a profile, a submitted attempt and an open one
/// with an answer. Returns the two attempt ids (submitted, open).
fn populate(dir: &Path) -> (String, String) {
    let mut import = vec!["pack", "import"];
    let files: Vec<String> = ["kk", "ru"]
        .iter()
        .flat_map(|l| {
            std::fs::read_dir(repo().join("content/packs").join(l))
                .unwrap()
                .map(|e| e.unwrap().path().display().to_string())
        })
        .collect();
    import.extend(files.iter().map(String::as_str));
    ok(dir, &import);
    ok(
        dir,
        &[
            "profile",
            "set",
            "--iin",
            "800101300016",
            "--name",
            "Айгерім",
            "--consent",
            "2025-02-05",
            "--subjects",
            "math,physics",
        ],
    );
    let start = |seed: &str| {
        json(dir, &["exam", "start", "--seed", seed])["attempt"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let done = start("3");
    ok(dir, &["exam", "answer", &done, "1", "A"]);
    ok(dir, &["exam", "submit", &done]);
    let open = start("4");
    ok(dir, &["exam", "answer", &open, "2", "B"]);
    (done, open)
}

/// A copy of the populated template directory (populating once saves most of the time).
fn fresh(template: &Path) -> tempfile::TempDir {
    let copy = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(template).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), copy.path().join(e.file_name())).unwrap();
    }
    copy
}

/// Cuts the file at `path` to half its length.
fn cut_to_half(path: &Path) {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .unwrap()
        .set_len(size(path) / 2)
        .unwrap();
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).unwrap().len()
}

fn page_size(path: &Path) -> u64 {
    let c = rusqlite::Connection::open(path).unwrap();
    c.query_row("PRAGMA page_size", [], |r| r.get::<_, i64>(0))
        .unwrap() as u64
}

/// Random bytes (fixed seed) over the root page of `table` in `path` (a page every query on the
/// table reads), its first bytes kept.
fn scramble_page(path: &Path, table: &str) {
    let page = page_size(path);
    let root: i64 = rusqlite::Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
            [table],
            |r| r.get(0),
        )
        .unwrap();
    let n = root as u64 - 1;
    let mut bytes = std::fs::read(path).unwrap();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for b in &mut bytes[(n * page + 8) as usize..((n + 1) * page) as usize] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
    std::fs::write(path, bytes).unwrap();
}

/// Flips a byte in the sealed `column` of one row of `table` in user.db.
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

fn names_user_db(line: &str, dir: &Path) {
    let file = dir.join("user.db").display().to_string();
    assert!(
        line.contains(&file) && line.contains("qazstep wipe --yes"),
        "names user.db and the way out: {line}"
    );
}

/// Personal commands refuse naming user.db; content works; `wipe --yes` starts afresh and the
/// content stays; the damaged file is kept until the user erases it.
fn user_db_closed(dir: &Path, packs: usize) {
    let before = std::fs::read(dir.join("user.db")).unwrap();
    assert_eq!(pack_count(dir), packs, "content works");
    for cmd in [
        &["profile", "show"][..],
        &["exam", "list"],
        &["export"],
        &["progress"],
    ] {
        names_user_db(&fails(dir, cmd), dir);
    }
    assert_eq!(
        std::fs::read(dir.join("user.db")).unwrap(),
        before,
        "the damaged file is left as it is until the user chooses"
    );
    ok(dir, &["wipe", "--yes"]);
    assert_eq!(
        json(dir, &["profile", "show"]),
        Value::Null,
        "a fresh start"
    );
    assert_eq!(json(dir, &["exam", "list"]), Value::Array(vec![]));
    assert_eq!(pack_count(dir), packs, "content stays after the erasure");
}

/// Content damaged: personal data reads exactly as before, the damaged bank is set aside
/// (renamed, not deleted) and the starter content is back, with a notice naming the files.
fn content_rebuilt(dir: &Path, personal: &Value, packs: usize, trigger: &[&str]) {
    let first = qz(dir, trigger);
    let err = String::from_utf8(first.stderr).unwrap();
    if first.status.success() {
        let aside = dir.join("content.db").display().to_string();
        assert!(
            err.contains(&aside) && err.contains("content.db.damaged-"),
            "the notice names the file and where it was set aside: {err}"
        );
    } else {
        // Damage SQLite meets only when it reads that page: named now, set aside next time.
        assert_eq!(first.status.code(), Some(3));
        assert!(
            err.contains(&dir.join("content.db").display().to_string()),
            "{err}"
        );
        ok(dir, &["pack", "list"]);
    }
    assert_eq!(&export(dir), personal, "personal data untouched");
    assert_eq!(pack_count(dir), packs, "the starter content is back");
    let kept: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("content.db.damaged-") && !n.ends_with("-wal"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged bank is kept aside: {kept:?}");
    // A new exam runs on the rebuilt bank.
    json(dir, &["exam", "start", "--seed", "9"]);
}

/// Kills `qazstep app` after it answered events (so its WAL holds commits not yet copied into
/// the database), then removes `file`'s `-wal`; returns whether it held frames.
fn kill_then_remove_wal(dir: &Path, file: &str) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["app", "--data-dir"])
        .arg(dir)
        .env_remove("QAZSTEP_KEY_HEX")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    for e in [
        r#"{"event":"launch"}"#,
        r#"{"event":"set_language","language":"kk"}"#,
        r#"{"event":"open_progress"}"#,
    ] {
        writeln!(stdin, "{e}").unwrap();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let wal = dir.join(format!("{file}-wal"));
    let frames = wal.exists() && size(&wal) > 32;
    if wal.exists() {
        std::fs::remove_file(wal).unwrap();
    }
    frames
}

#[test]
fn each_damage_stays_in_its_file() {
    let template = tempfile::tempdir().unwrap();
    let (done, open) = populate(template.path());
    let packs = pack_count(template.path());
    let personal = export(template.path());
    assert_eq!(packs, 14);

    // ---- user.db ----------------------------------------------------------------------
    let d = fresh(template.path());
    cut_to_half(&d.path().join("user.db"));
    user_db_closed(d.path(), packs);

    let d = fresh(template.path());
    // The attempts' root page: read at every open (expired attempts are scored then).
    scramble_page(&d.path().join("user.db"), "attempts");
    user_db_closed(d.path(), packs);

    // Zero bytes: nothing readable was there; the app starts afresh, content untouched.
    let d = fresh(template.path());
    std::fs::write(d.path().join("user.db"), b"").unwrap();
    assert_eq!(pack_count(d.path()), packs);
    assert_eq!(json(d.path(), &["exam", "list"]), Value::Array(vec![]));

    // One sealed value: only that record is lost; the rest reads, lists mark it, the export
    // lists it, and `repair --yes` removes just it.
    for (table, column, id) in [
        ("attempts", "plan", done.clone()),
        ("responses", "data", format!("{open}:2")),
        ("profile", "data", String::new()),
    ] {
        let d = fresh(template.path());
        let id = if table == "profile" {
            let c = rusqlite::Connection::open(d.path().join("user.db")).unwrap();
            c.query_row("SELECT id FROM profile", [], |r| r.get::<_, String>(0))
                .unwrap()
        } else {
            id
        };
        damage_sealed(d.path(), table, column, &id);
        let exported = export(d.path());
        assert_eq!(
            exported["unreadable"],
            serde_json::json!([{"table": table, "field": column, "record": id}]),
            "{table}"
        );
        // Every other table reads as before.
        for (name, rows) in personal["tables"].as_object().unwrap() {
            if name != table && name != "summary" {
                assert_eq!(&exported["tables"][name], rows, "{table}: {name} intact");
            }
        }
        let list = json(d.path(), &["exam", "list"]);
        let damaged: Vec<bool> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["damaged"].as_bool().unwrap())
            .collect();
        assert_eq!(damaged.len(), 2, "{table}: both attempts listed");
        assert_eq!(
            damaged.iter().filter(|d| **d).count(),
            usize::from(table == "attempts")
        );
        if table == "profile" {
            let line = fails(d.path(), &["profile", "show"]);
            assert!(
                line.contains(&id) && line.contains("qazstep repair --yes"),
                "{line}"
            );
        }
        if table == "responses" {
            let out = qz(d.path(), &["exam", "show", &open]);
            assert_eq!(out.status.code(), Some(3));
        }
        let repaired = json(d.path(), &["repair", "--yes"]);
        assert_eq!(repaired["damaged"].as_array().unwrap().len(), 1);
        assert_eq!(json(d.path(), &["repair"])["damaged"], Value::Array(vec![]));
        assert!(
            export(d.path())["unreadable"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        assert_eq!(pack_count(d.path()), packs);
    }

    // `-wal` removed after a kill: the file is consistent as of its last checkpoint.
    let d = fresh(template.path());
    assert!(
        kill_then_remove_wal(d.path(), "user.db"),
        "the kill left commits in the WAL"
    );
    ok(d.path(), &["profile", "show"]);
    assert_eq!(
        json(d.path(), &["exam", "list"]).as_array().unwrap().len(),
        2
    );
    assert_eq!(pack_count(d.path()), packs);

    // ---- the key file ---------------------------------------------------------------------
    let d = fresh(template.path());
    std::fs::remove_file(d.path().join("cli.key")).unwrap();
    assert_eq!(pack_count(d.path()), packs, "content needs no key");
    let line = fails(d.path(), &["profile", "show"]);
    let key = d.path().join("cli.key").display().to_string();
    assert!(
        line.contains(&key) && line.contains("qazstep wipe --yes"),
        "{line}"
    );
    assert!(
        !d.path().join("cli.key").exists(),
        "no key is made over data it cannot open"
    );
    ok(d.path(), &["wipe", "--yes"]);
    ok(d.path(), &["profile", "show"]);
    assert!(d.path().join("cli.key").exists());
    assert_eq!(pack_count(d.path()), packs);

    // A damaged key file: content works, the CLI names it; the app shows its recovery screen
    // (the key is lost), keeps the damaged file aside and starts afresh on erasure.
    let d = fresh(template.path());
    std::fs::write(d.path().join("cli.key"), b"not a key\n").unwrap();
    assert_eq!(pack_count(d.path()), packs);
    let line = fails(d.path(), &["export"]);
    assert!(
        line.contains("cli.key") && line.contains("qazstep wipe --yes"),
        "{line}"
    );
    let mut app = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["app", "--data-dir"])
        .arg(d.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    app.stdin
        .take()
        .unwrap()
        .write_all(b"{\"event\":\"launch\"}\n{\"event\":\"erase_data\",\"confirm\":true}\n")
        .unwrap();
    let out = app.wait_with_output().unwrap();
    let screens: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(screens[0]["screen"], "recovery");
    assert_eq!(screens[0]["reason"], "key_lost");
    assert_eq!(screens[1]["screen"], "onboarding");
    assert!(
        std::fs::read_dir(d.path()).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("cli.key.damaged-")),
        "the damaged key file is kept aside"
    );
    assert_eq!(pack_count(d.path()), packs);

    // ---- content.db ---------------------------------------------------------------------
    let d = fresh(template.path());
    cut_to_half(&d.path().join("content.db"));
    content_rebuilt(d.path(), &personal, packs, &["profile", "show"]);

    let d = fresh(template.path());
    let mut garbage = vec![0u8; 100_000];
    let mut x: u64 = 7;
    for b in &mut garbage {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *b = (x >> 33) as u8;
    }
    std::fs::write(d.path().join("content.db"), garbage).unwrap();
    content_rebuilt(d.path(), &personal, packs, &["profile", "show"]);

    // The questions' root page: read when a question is shown, not at open; the command that
    // meets it names content.db, the next one sets it aside.
    let d = fresh(template.path());
    scramble_page(&d.path().join("content.db"), "questions");
    content_rebuilt(d.path(), &personal, packs, &["exam", "show", &open]);

    // Zero bytes: an empty bank, as on a first launch; the app imports the starter packs.
    let d = fresh(template.path());
    std::fs::write(d.path().join("content.db"), b"").unwrap();
    assert_eq!(&export(d.path()), &personal);
    assert_eq!(pack_count(d.path()), 0);
    let mut app = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .args(["app", "--data-dir"])
        .arg(d.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(app.stdin.take().unwrap(), r#"{{"event":"launch"}}"#).unwrap();
    assert!(app.wait_with_output().unwrap().status.success());
    assert_eq!(pack_count(d.path()), packs);

    // `-wal` removed after a kill: consistent; an emptied bank refills at the next launch.
    let d = fresh(template.path());
    let _ = kill_then_remove_wal(d.path(), "content.db");
    // The app wrote its own place and language; the exam data is as before.
    let after = export(d.path());
    for table in ["attempts", "responses", "history", "practice"] {
        assert_eq!(after["tables"][table], personal["tables"][table], "{table}");
    }
    assert_eq!(pack_count(d.path()), packs);
}

/// A command that needs no data (`iin check`) still reads the profile's language from an
/// existing directory; the core opened for that is closed before the process ends, so no WAL
/// is left behind (a WAL left open would also keep the header check of the next open from
/// running).
#[test]
fn a_command_without_data_closes_what_it_opened() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["profile", "set", "--consent", "2025-02-05"]);
    let out = Command::new(env!("CARGO_BIN_EXE_qazstep"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["iin", "check", "800101300016"])
        .env_remove("QAZSTEP_KEY_HEX")
        .output()
        .unwrap();
    assert!(out.status.success());
    for wal in ["user.db-wal", "content.db-wal"] {
        assert!(!dir.path().join(wal).exists(), "{wal} left behind");
    }
}
