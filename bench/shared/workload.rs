//! Shared by the core's benchmark (`core/benches/workloads.rs`) and the two baselines
//! (`bench/plain`, `bench/sqlcipher`): the workload sizes, the generated 20,000-question pack,
//! a tiny sampler with percentiles, and the report format `cargo xtask bench` reads.
//!
//! Included with `#[path]` (the baselines cannot depend on the core: their SQLite features
//! conflict), so it uses only `std`.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Answers per attempt (a full ҰБТ mock).
pub const ANSWERS_PER_ATTEMPT: u32 = 120;
/// Attempts whose answers are timed one by one (raw store and baselines): 12,000 samples.
pub const ANSWER_ATTEMPTS: u32 = 100;
/// Attempts answered through the facade (each answer end to end): 4,800 samples.
pub const FACADE_ANSWER_ATTEMPTS: u32 = 40;
/// Copies of the 170-question synthetic block: 118 × 170 = 20,060 questions.
pub const PACK_COPIES: usize = 118;
/// Questions in the generated pack.
pub const PACK_QUESTIONS: usize = PACK_COPIES * 170;
/// Imports timed per run (each into a fresh database).
pub const IMPORT_SAMPLES: usize = 3;
/// Warm assemblies timed per run.
pub const ASSEMBLY_WARM_SAMPLES: usize = 40;
/// Workload 3's "first page": the questions a shell reads when the exam opens (positions
/// 1..=10: the first screen and the ones it prefetches for swiping). The whole 120-question
/// view is measured beside it in the core's bench (`assembly.warm.whole`).
pub const FIRST_PAGE: usize = 10;
/// First assemblies after an open, timed per run.
pub const ASSEMBLY_FIRST_SAMPLES: usize = 8;
/// History: attempts and answers per attempt (10,000 answers).
pub const HISTORY_ATTEMPTS: usize = 100;
/// See [`HISTORY_ATTEMPTS`].
pub const HISTORY_PER_ATTEMPT: usize = 100;
/// Progress-view reads timed per run.
pub const HISTORY_SAMPLES: usize = 30;
/// Cold opens timed per run.
pub const OPEN_SAMPLES: usize = 30;
/// The raw data key the SQLCipher baseline uses (no KDF: what a keystore-backed app passes).
pub const RAW_KEY_HEX: &str = "2b7e151628aed2a6abf7158809cf4f3c2b7e151628aed2a6abf7158809cf4f3c";

/// A fresh scratch directory under the system temp dir.
pub fn scratch(tag: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("qazstep-bench-{}-{tag}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Times one call.
pub fn time<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let out = f();
    (start.elapsed(), out)
}

/// Collected samples of one measurement.
#[derive(Debug, Default, Clone)]
pub struct Samples(pub Vec<Duration>);

impl Samples {
    /// Adds one.
    pub fn push(&mut self, d: Duration) {
        self.0.push(d);
    }

    /// Nearest-rank percentile, in µs.
    pub fn pct(&self, p: f64) -> f64 {
        let mut v: Vec<Duration> = self.0.clone();
        v.sort();
        if v.is_empty() {
            return f64::NAN;
        }
        let rank = ((p / 100.0) * v.len() as f64).ceil().max(1.0) as usize;
        v[rank.min(v.len()) - 1].as_secs_f64() * 1e6
    }
}

/// Appends one result line to the report file named by `QAZSTEP_BENCH_REPORT`:
/// `impl<TAB>workload<TAB>n<TAB>p50_us<TAB>p99_us<TAB>p999_us<TAB>max_us`.
pub fn report(implementation: &str, workload: &str, s: &Samples) {
    let line = format!(
        "{implementation}\t{workload}\t{}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\n",
        s.0.len(),
        s.pct(50.0),
        s.pct(99.0),
        s.pct(99.9),
        s.pct(100.0)
    );
    eprint!("{line}");
    if let Ok(path) = std::env::var("QAZSTEP_BENCH_REPORT") {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .expect("report file");
        f.write_all(line.as_bytes()).expect("report write");
    }
}

/// Whether the binary runs in report mode (for `cargo xtask bench`) rather than criterion.
pub fn report_mode() -> bool {
    std::env::var_os("QAZSTEP_BENCH_REPORT").is_some()
}

/// Which workloads to run in report mode (`QAZSTEP_BENCH_ONLY=answer,history`; all by default).
pub fn wanted(workload: &str) -> bool {
    match std::env::var("QAZSTEP_BENCH_ONLY") {
        Ok(list) if !list.is_empty() => list
            .split(',')
            .map(str::trim)
            .any(|w| workload.starts_with(w) || w.starts_with(workload)),
        _ => true,
    }
}

/// A deterministic pseudo-random sequence (xorshift64*), the same in every implementation.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    /// Next value.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A value below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn filler(rng: &mut Rng, chars: usize) -> String {
    const WORDS: &[&str] = &[
        "Қазақстан",
        "тарихы",
        "функцияның",
        "мәні",
        "теңдеудің",
        "шешімі",
        "жылдамдық",
        "күш",
        "масса",
        "дене",
        "бұрыш",
        "үшбұрыш",
        "аудан",
        "көлем",
        "хан",
        "мемлекет",
        "ғасыр",
        "оқиға",
        "энергия",
        "заң",
        "x²",
        "=",
        "15",
        "м/с",
    ];
    let mut s = String::with_capacity(chars * 2);
    while s.chars().count() < chars {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(WORDS[rng.below(WORDS.len())]);
    }
    s
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A valid pack of `copies` × 160 questions in `locale` (the shape of the integration tests'
/// `synthetic_pack`, with realistic text sizes: stems ~220 characters, options ~40, explanations
/// ~300, reading texts ~1,200). 118 copies = 20,060 questions.
pub fn realistic_pack(locale: &str, copies: usize, tag: &str) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let subjects = [
        "history_kz",
        "math_literacy",
        "reading_literacy",
        "math",
        "physics",
        "teaching_methodology",
    ];
    let mut topics = Vec::new();
    for s in subjects {
        for t in 0..3 {
            topics.push(format!(
                r#"{{"id":"{s}.t{t}","subject":"{s}","name":{{"kk":"{s} тақырып {t}","ru":"{s} тема {t}"}}}}"#
            ));
        }
    }
    let mut questions: Vec<String> = Vec::new();
    let mut contexts: Vec<String> = Vec::new();
    let mut n = 0usize;
    let mut ctx_n = 0usize;
    let mut add = |exam: &str,
                   subject: &str,
                   kind: &str,
                   context: Option<&str>,
                   rng: &mut Rng,
                   questions: &mut Vec<String>| {
        n += 1;
        let opt = |rng: &mut Rng, i: usize| json_str(&format!("{i}) {}", filler(rng, 36)));
        let body = match kind {
            "single" => format!(
                r#""kind":"single","options":[{},{},{},{}],"correct":[{}]"#,
                opt(rng, 1),
                opt(rng, 2),
                opt(rng, 3),
                opt(rng, 4),
                n % 4
            ),
            "multiple" => format!(
                r#""kind":"multiple","options":[{},{},{},{},{},{}],"correct":[{},{}]"#,
                opt(rng, 1),
                opt(rng, 2),
                opt(rng, 3),
                opt(rng, 4),
                opt(rng, 5),
                opt(rng, 6),
                n % 6,
                (n + 2) % 6
            ),
            _ => format!(
                r#""kind":"matching","prompts":[{},{}],"options":[{},{},{},{}],"correct":[{},{}]"#,
                opt(rng, 1),
                opt(rng, 2),
                opt(rng, 3),
                opt(rng, 4),
                opt(rng, 5),
                opt(rng, 6),
                n % 4,
                (n + 1) % 4
            ),
        };
        let mut q = format!(
            r#"{{"id":"bench.{tag}.{locale}.{n:05}","exam":"{exam}","subject":"{subject}","topic":"{subject}.t{}",{body},"stem":{},"explanation":{},"source":"generated benchmark data","group":"bench.{tag}.g{n:05}""#,
            n % 3,
            json_str(&format!("№{n}. {}?", filler(rng, 220))),
            json_str(&filler(rng, 300)),
        );
        if let Some(c) = context {
            let _ = write!(q, r#","context":"{c}""#);
        }
        q.push('}');
        questions.push(q);
    };
    let mut new_ctx = |subject: &str, rng: &mut Rng, contexts: &mut Vec<String>| {
        ctx_n += 1;
        let id = format!("bench.{tag}.{locale}.ctx{ctx_n:04}");
        contexts.push(format!(
            r#"{{"id":"{id}","subject":"{subject}","title":"Мәтін {ctx_n}","text":{},"group":"bench.{tag}.cg{ctx_n:04}"}}"#,
            json_str(&filler(rng, 1200))
        ));
        id
    };
    for _ in 0..copies {
        for (subject, singles, ctxs) in [
            ("history_kz", 10, 2),
            ("math_literacy", 10, 0),
            ("reading_literacy", 0, 2),
        ] {
            for _ in 0..singles {
                add("unt", subject, "single", None, &mut rng, &mut questions);
            }
            for _ in 0..ctxs {
                let c = new_ctx(subject, &mut rng, &mut contexts);
                for _ in 0..5 {
                    add("unt", subject, "single", Some(&c), &mut rng, &mut questions);
                }
            }
        }
        for subject in ["math", "physics"] {
            for _ in 0..25 {
                add("unt", subject, "single", None, &mut rng, &mut questions);
            }
            let c = new_ctx(subject, &mut rng, &mut contexts);
            for _ in 0..5 {
                add("unt", subject, "single", Some(&c), &mut rng, &mut questions);
            }
            for _ in 0..5 {
                add("unt", subject, "matching", None, &mut rng, &mut questions);
                add("unt", subject, "multiple", None, &mut rng, &mut questions);
            }
        }
        for _ in 0..20 {
            add("pbb", "math", "single", None, &mut rng, &mut questions);
            add(
                "pbb",
                "teaching_methodology",
                "single",
                None,
                &mut rng,
                &mut questions,
            );
        }
        for _ in 0..2 {
            let c = new_ctx("math", &mut rng, &mut contexts);
            for _ in 0..5 {
                add("pbb", "math", "single", Some(&c), &mut rng, &mut questions);
            }
        }
    }
    format!(
        r#"{{"format":1,"id":"bench.{tag}.{locale}","version":1,"locale":"{locale}","title":{{"kk":"Бенчмарк","ru":"Бенчмарк"}},"topics":[{}],"contexts":[{}],"questions":[{}]}}"#,
        topics.join(","),
        contexts.join(","),
        questions.join(",")
    )
}

/// The sections of a ҰБТ mock with math + physics: (subject, items).
pub const UNT_SECTIONS: &[(&str, usize)] = &[
    ("history_kz", 20),
    ("math_literacy", 10),
    ("reading_literacy", 10),
    ("math", 40),
    ("physics", 40),
];
