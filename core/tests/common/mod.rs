//! Helpers shared by the integration tests: a data directory with the fixture packs, keys, and
//! raw-file inspection.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use qazstep_core::Qazstep;
use qazstep_core::crypto::StaticKeyProvider;
use qazstep_core::exam::ManualClock;

/// 2026-05-01 10:00 UTC.
pub const T0: i64 = 1_777_629_600_000;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Every starter pack file of `content/packs`.
pub fn starter_packs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for locale in ["kk", "ru"] {
        let dir = repo().join("content/packs").join(locale);
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|x| x == "json") {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    out
}

/// A fixed wrapping key.
pub fn key(byte: u8) -> Arc<StaticKeyProvider> {
    Arc::new(StaticKeyProvider::new(zeroize::Zeroizing::new([byte; 32])))
}

/// Opens `dir` with wrapping key `byte` and a manual clock at `T0`.
pub fn open(dir: &Path, byte: u8) -> (Qazstep, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::new(T0));
    let core = Qazstep::open_with_clock(dir, key(byte), clock.clone()).unwrap();
    (core, clock)
}

/// Opens `dir` and imports every starter pack.
pub fn open_with_content(dir: &Path) -> (Qazstep, Arc<ManualClock>) {
    let (core, clock) = open(dir, 7);
    for p in starter_packs() {
        core.import_pack_file(&p).unwrap();
    }
    (core, clock)
}

/// A valid ИИН built from 11 leading digits (computing the check digit), or None when the
/// prefix has none.
pub fn iin_with_prefix(prefix: &str) -> Option<String> {
    let d: Vec<u32> = prefix.chars().map(|c| c.to_digit(10).unwrap()).collect();
    assert_eq!(d.len(), 11);
    let round = |w: [u32; 11]| d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    let mut r = round([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if r == 10 {
        r = round([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    }
    (r != 10).then(|| format!("{prefix}{r}"))
}

/// The bytes of `user.db` and its `-wal` and `-shm` files, concatenated.
pub fn raw_user_files(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let p = dir.join(format!("user.db{suffix}"));
        if let Ok(b) = std::fs::read(&p) {
            all.extend(b);
        }
    }
    all
}

/// Whether `needle` occurs in `hay`.
pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A synthetic but valid pack for `locale` with `copies` full ҰБТ (math + physics) mocks'
/// worth of questions and one ПББ mathematics mock per copy. Stems carry `tag` so packs of
/// several calls never collide.
pub fn synthetic_pack(locale: &str, copies: usize, tag: &str) -> String {
    use serde_json::json;
    let mut questions = Vec::new();
    let mut contexts = Vec::new();
    let mut topics = Vec::new();
    let subjects = [
        "history_kz",
        "math_literacy",
        "reading_literacy",
        "math",
        "physics",
        "teaching_methodology",
    ];
    for s in subjects {
        for t in 0..3 {
            topics.push(json!({"id": format!("{s}.t{t}"), "subject": s, "name": {"kk": format!("{s} тақырып {t}"), "ru": format!("{s} тема {t}")}}));
        }
    }
    let mut n = 0usize;
    let mut add = |exam: &str,
                   subject: &str,
                   kind: &str,
                   context: Option<String>,
                   questions: &mut Vec<serde_json::Value>| {
        n += 1;
        let id = format!("syn.{tag}.{locale}.{n:05}");
        let topic = format!("{subject}.t{}", n % 3);
        let mut q = match kind {
            "single" => {
                json!({"kind": "single", "options": ["а1", "б2", "в3", "г4"], "correct": [n % 4]})
            }
            "multiple" => {
                json!({"kind": "multiple", "options": ["а", "б", "в", "г", "д", "е"], "correct": [n % 6, (n + 2) % 6]})
            }
            _ => {
                json!({"kind": "matching", "prompts": ["A", "B"], "options": ["1", "2", "3", "4"], "correct": [n % 4, (n + 1) % 4]})
            }
        };
        let o = q.as_object_mut().unwrap();
        o.insert("id".into(), id.clone().into());
        o.insert("exam".into(), exam.into());
        o.insert("subject".into(), subject.into());
        o.insert("topic".into(), topic.into());
        o.insert(
            "stem".into(),
            format!("Синтетикалық сұрақ {tag} {locale} №{n}: ZQXSTEM").into(),
        );
        o.insert("explanation".into(), "Түсіндірме.".into());
        o.insert("source".into(), "synthetic test data".into());
        o.insert("group".into(), format!("syn.{tag}.g{n:05}").into());
        if let Some(c) = context {
            o.insert("context".into(), c.into());
        }
        questions.push(q);
    };
    let mut ctx_n = 0usize;
    let mut new_ctx = |subject: &str, contexts: &mut Vec<serde_json::Value>| {
        ctx_n += 1;
        let id = format!("syn.{tag}.{locale}.ctx{ctx_n:04}");
        contexts.push(json!({"id": id, "subject": subject, "title": "Мәтін", "text": format!("Синтетикалық мәтін {ctx_n}."), "group": format!("syn.{tag}.cg{ctx_n:04}")}));
        id
    };
    for _ in 0..copies {
        for (subject, singles, ctxs) in [
            ("history_kz", 10, 2),
            ("math_literacy", 10, 0),
            ("reading_literacy", 0, 2),
        ] {
            for _ in 0..singles {
                add("unt", subject, "single", None, &mut questions);
            }
            for _ in 0..ctxs {
                let c = new_ctx(subject, &mut contexts);
                for _ in 0..5 {
                    add("unt", subject, "single", Some(c.clone()), &mut questions);
                }
            }
        }
        for subject in ["math", "physics"] {
            for _ in 0..25 {
                add("unt", subject, "single", None, &mut questions);
            }
            let c = new_ctx(subject, &mut contexts);
            for _ in 0..5 {
                add("unt", subject, "single", Some(c.clone()), &mut questions);
            }
            for _ in 0..5 {
                add("unt", subject, "matching", None, &mut questions);
                add("unt", subject, "multiple", None, &mut questions);
            }
        }
        for _ in 0..20 {
            add("pbb", "math", "single", None, &mut questions);
            add(
                "pbb",
                "teaching_methodology",
                "single",
                None,
                &mut questions,
            );
        }
        for _ in 0..2 {
            let c = new_ctx("math", &mut contexts);
            for _ in 0..5 {
                add("pbb", "math", "single", Some(c.clone()), &mut questions);
            }
        }
    }
    json!({
        "format": 1, "id": format!("test.synthetic.{tag}.{locale}"), "version": 1, "locale": locale,
        "title": {"kk": "Синтетикалық", "ru": "Синтетический"},
        "topics": topics, "contexts": contexts, "questions": questions
    })
    .to_string()
}

/// Opens `dir` with a synthetic bank (2 mocks' worth, kk and ru).
pub fn open_with_synthetic(dir: &Path) -> (Qazstep, Arc<ManualClock>) {
    let (core, clock) = open(dir, 7);
    for locale in ["kk", "ru"] {
        core.import_pack(synthetic_pack(locale, 2, "a").as_bytes())
            .unwrap();
    }
    (core, clock)
}

/// A deterministic schedule of kill moments (xorshift64), so a failing run can be replayed.
pub struct KillSchedule(u64);

impl KillSchedule {
    /// A schedule from a non-zero seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next wait, uniformly in `0..max_us` microseconds, times `QAZSTEP_KILL_WAIT_SCALE`
    /// (default 1; an emulated child, see [`spawn_and_kill`], runs many times slower).
    pub fn next_wait(&mut self, max_us: u64) -> std::time::Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        let scale: u64 = std::env::var("QAZSTEP_KILL_WAIT_SCALE")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        std::time::Duration::from_micros(self.0 % (max_us * scale.max(1)))
    }
}

/// Re-runs this test binary as a child running only `child_test` (with `env_key` set to
/// `dir`), SIGKILLs it `wait` after the spawn — whatever it is doing, opening included — and
/// returns every line it printed before dying.
///
/// With `QAZSTEP_TEST_RUNNER` set (a command line, e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`
/// for tests cross-built for another architecture), the child runs under it: killing the
/// runner kills the emulated child with it.
pub fn spawn_and_kill(
    child_test: &str,
    env_key: &str,
    dir: &Path,
    wait: std::time::Duration,
) -> Vec<String> {
    use std::io::BufRead;
    let exe = std::env::current_exe().unwrap();
    let runner = std::env::var("QAZSTEP_TEST_RUNNER").unwrap_or_default();
    let mut runner = runner.split_whitespace();
    let mut command = match runner.next() {
        Some(program) => {
            let mut c = std::process::Command::new(program);
            c.args(runner).arg(exe);
            c
        }
        None => std::process::Command::new(exe),
    };
    let mut child = command
        .args(["--exact", child_test, "--nocapture", "--test-threads=1"])
        .env(env_key, dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<String>>()
    });
    let start = std::time::Instant::now();
    while start.elapsed() < wait {
        std::thread::sleep(std::time::Duration::from_micros(500));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    reader.join().unwrap()
}
