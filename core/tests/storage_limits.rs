//! A real full disk and a real read-only file system (complements the `max_page_count` test in
//! `personal_data.rs`): a size-limited tmpfs mounted for the test. Tests run as root here, so
//! permission bits would not stop a write; a read-only mount does. Where mounting is not
//! allowed (no CAP_SYS_ADMIN), the test says so and returns.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use qazstep_core::content::{Locale, QuestionKind};
use qazstep_core::scoring::Response;
use qazstep_core::{Error, Qazstep, StartExam};

struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Self> {
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount(&self, mode: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(status.success(), "remount {mode}");
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn response_for(kind: QuestionKind) -> Response {
    match kind {
        QuestionKind::Matching => Response::Matching(vec![(0, 1), (1, 2)]),
        _ => Response::Choice(vec![1]),
    }
}

#[test]
fn full_disk_then_read_only_file_system() {
    let outer = tempfile::tempdir().unwrap();
    let Some(mount) = Mount::tmpfs(outer.path(), "6m") else {
        eprintln!("skipped: cannot mount a tmpfs here (needs CAP_SYS_ADMIN)");
        return;
    };
    let dir = outer.path().join("data");
    let (core, _clock) = open(&dir, 7);
    core.import_pack(synthetic_pack("kk", 1, "full").as_bytes())
        .unwrap();
    let attempt = core
        .start_exam(&StartExam {
            blueprint: "unt-2025".into(),
            subjects: vec!["math".into(), "physics".into()],
            category: None,
            locale: Locale::Kk,
            seed: Some(3),
            extra_time: false,
        })
        .unwrap()
        .attempt;
    let view = core.attempt(&attempt).unwrap();
    for q in view.questions.iter().take(10) {
        core.answer(&attempt, q.position, &response_for(q.kind))
            .unwrap();
    }
    core.checkpoint().unwrap();

    // Fill the file system to the last byte.
    let mut ballast = std::fs::File::create(outer.path().join("ballast")).unwrap();
    let chunk = vec![0u8; 64 * 1024];
    while ballast.write_all(&chunk).is_ok() {}
    let small = [0u8; 512];
    while ballast.write_all(&small).is_ok() {}
    let _ = ballast.sync_all();

    // Answers keep failing with the clear variant, or succeed while SQLite has room in pages
    // it already owns; none is lost, none corrupts.
    let mut acked = 10;
    let mut saw_full = false;
    for q in view.questions.iter().skip(10) {
        match core.answer(&attempt, q.position, &response_for(q.kind)) {
            Ok(_) => acked += 1,
            Err(Error::StorageFull) => {
                saw_full = true;
                break;
            }
            Err(other) => panic!("expected StorageFull on a full disk, got: {other}"),
        }
    }
    assert!(saw_full, "the full disk was reported");
    drop(core);
    drop(ballast);
    std::fs::remove_file(outer.path().join("ballast")).unwrap();
    let (core, _clock) = open(&dir, 7);
    assert!(core.with_user_db(|db| db.integrity_ok()).unwrap());
    let answered = core
        .attempt(&attempt)
        .unwrap()
        .questions
        .iter()
        .filter(|q| q.response.is_some())
        .count();
    assert_eq!(
        answered, acked,
        "every acknowledged answer survived the full disk"
    );
    eprintln!("full disk: StorageFull after {acked} acknowledged answers, all of them kept");
    drop(core);

    // Read-only file system: opening fails with the clear variant and changes nothing.
    mount.remount("ro");
    match Qazstep::open(&dir, key(7)) {
        Ok(_) => panic!("opened for writing on a read-only file system"),
        Err(e) => {
            assert!(
                matches!(e, Error::ReadOnly),
                "unclear error on a read-only file system: {e:?}"
            );
            eprintln!("read-only file system: open refused with \"{e}\"");
        }
    }
    mount.remount("rw");
    let (core, _clock) = open(&dir, 7);
    assert!(core.with_user_db(|db| db.integrity_ok()).unwrap());
    let answered = core
        .attempt(&attempt)
        .unwrap()
        .questions
        .iter()
        .filter(|q| q.response.is_some())
        .count();
    assert_eq!(answered, acked, "nothing was lost by the read-only episode");
    drop(core);
}
