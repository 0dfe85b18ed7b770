//! The product's workloads on the real schema with the real sealing (issue 6, "Proof").
//!
//! Two modes:
//! - `cargo bench -p qazstep-core --bench workloads`: criterion benchmarks (means and CIs).
//! - `QAZSTEP_BENCH_REPORT=<file>` set (what `cargo xtask bench` does): fixed-count sampling of
//!   every workload, one line per workload with p50/p99/p99.9 appended to the file, so the core
//!   and the two baselines (`bench/plain`, `bench/sqlcipher`) can be run interleaved and compared
//!   by medians. The workload sizes and the 20,000-question pack come from
//!   `bench/shared/workload.rs`, shared with the baselines.
#![allow(missing_docs, clippy::unwrap_used)]

#[path = "../../bench/shared/workload.rs"]
mod workload;

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use qazstep_core::content::{Exam, Locale, QuestionKind};
use qazstep_core::crypto::{Aad, DataKey, KeyProvider, StaticKeyProvider};
use qazstep_core::exam::BankIndex;
use qazstep_core::exam::ResponseRecord;
use qazstep_core::practice::{AnswerEvent, Origin};
use qazstep_core::scoring::Response;
use qazstep_core::store::bank;
use qazstep_core::store::user::UserDb;
use qazstep_core::{Qazstep, StartExam};
use workload::*;

const IMPL: &str = "core";
/// `FIRST_PAGE` as the facade takes it.
const PAGE: u32 = FIRST_PAGE as u32;

fn provider() -> Arc<StaticKeyProvider> {
    Arc::new(StaticKeyProvider::new(zeroize::Zeroizing::new([7u8; 32])))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn record(pos: u32) -> ResponseRecord {
    ResponseRecord {
        response: Some(Response::Choice(vec![pos % 4])),
        flagged: false,
    }
}

/// 1a. The raw store: seal + UPDATE + upsert + commit (`UserDb::put_response`).
fn answer_store() -> (Samples, Samples) {
    let dir = scratch("core-answer");
    let p = provider();
    let mut db = UserDb::open(&dir.join("user.db"), p.as_ref(), now_ms()).unwrap();
    let plan = "p".repeat(3000);
    let mut samples = Samples::default();
    let mut first = Samples::default();
    for a in 0..ANSWER_ATTEMPTS {
        let attempt = format!("00000000-0000-4000-8000-{a:012}");
        // The attempt row is the first write after the checkpoint (as start_exam is).
        db.insert_attempt(&attempt, &plan, 1, 100_000_000).unwrap();
        for pos in 1..=ANSWERS_PER_ATTEMPT {
            let rec = record(pos);
            let (d, r) = time(|| db.put_response(&attempt, pos, &rec, true, i64::from(pos)));
            r.unwrap();
            samples.push(d);
        }
        db.checkpoint().unwrap();
        // Diagnostic: a write straight after a checkpoint restarts the WAL.
        let (d, r) = time(|| db.put_response(&attempt, 1, &record(9), true, 1));
        r.unwrap();
        first.push(d);
    }
    drop(db);
    let _ = std::fs::remove_dir_all(&dir);
    (samples, first)
}

fn response_for(kind: QuestionKind, k: u32) -> Response {
    match kind {
        QuestionKind::Matching => Response::Matching(vec![(0, k % 4), (1, (k + 1) % 4)]),
        _ => Response::Choice(vec![k % 4]),
    }
}

fn unt_request(seed: u64) -> StartExam {
    StartExam {
        blueprint: "unt-2025".into(),
        subjects: vec!["math".into(), "physics".into()],
        category: None,
        locale: Locale::Kk,
        seed: Some(seed),
        extra_time: false,
    }
}

/// 1b. `Qazstep::answer` end to end, on a 20,000-question bank.
fn answer_facade(core: &Qazstep) -> Samples {
    let mut samples = Samples::default();
    for a in 0..FACADE_ANSWER_ATTEMPTS {
        let id = core
            .start_exam(&unt_request(1000 + u64::from(a)))
            .unwrap()
            .attempt;
        let kinds: Vec<(u32, QuestionKind)> = core
            .attempt(&id)
            .unwrap()
            .questions
            .iter()
            .map(|q| (q.position, q.kind))
            .collect();
        for (pos, kind) in kinds {
            let r = response_for(kind, pos);
            let (d, ack) = time(|| core.answer(&id, pos, &r));
            ack.unwrap();
            samples.push(d);
        }
        core.submit(&id).unwrap();
        core.checkpoint().unwrap();
    }
    samples
}

/// 1d. The tap the shells really send: the app model's `answer` event, answered with the whole
/// exam screen (question, options, context, palette of 120), on the 20,000-question bank.
fn answer_dispatch(core: &Qazstep) -> Samples {
    use qazstep_core::app::{Event, ProfileForm, ResponseInput, Screen};
    for e in [
        r#"{"event": "launch"}"#,
        r#"{"event": "set_language", "language": "kk"}"#,
        r#"{"event": "accept_policy"}"#,
    ] {
        core.dispatch(Event::from_json(e).unwrap());
    }
    core.dispatch(Event::SubmitProfile(ProfileForm {
        role: Some("student".into()),
        subjects: Some(vec!["math".into(), "physics".into()]),
        ..ProfileForm::default()
    }));
    let mut samples = Samples::default();
    for a in 0..FACADE_ANSWER_ATTEMPTS {
        let Screen::Exam(exam) = core.dispatch(Event::StartExam {
            blueprint: "unt-2025".into(),
            subjects: Some(vec!["math".into(), "physics".into()]),
            category: None,
            seed: Some(2000 + u64::from(a)),
            extra_time: false,
            language: Some("kk".into()),
        }) else {
            panic!("start_exam did not show the exam");
        };
        let kinds: Vec<(u32, QuestionKind)> = core
            .attempt(&exam.attempt)
            .unwrap()
            .questions
            .iter()
            .map(|q| (q.position, q.kind))
            .collect();
        for (pos, kind) in kinds {
            let response = match response_for(kind, pos) {
                Response::Choice(v) => {
                    ResponseInput::Choice(v.into_iter().map(i64::from).collect())
                }
                Response::Matching(v) => ResponseInput::Matching(
                    v.into_iter()
                        .map(|(p, o)| (i64::from(p), i64::from(o)))
                        .collect(),
                ),
            };
            let event = Event::Answer {
                position: i64::from(pos),
                response,
            };
            let (d, screen) = time(|| core.dispatch(event));
            assert!(
                matches!(&screen, Screen::Exam(e) if e.error.is_none() && e.palette.len() == 120),
                "{:?}",
                screen.error()
            );
            samples.push(d);
        }
        core.submit(&exam.attempt).unwrap();
        core.dispatch(Event::Home {});
        core.checkpoint().unwrap();
    }
    samples
}

fn seal64() -> Samples {
    let key = DataKey::generate(1);
    let aad = Aad {
        table: "responses",
        field: "data",
        row: "00000000-0000-4000-8000-000000000001:17",
    };
    let plain = [0x5au8; 64];
    let mut s = Samples::default();
    for _ in 0..200 {
        let (d, ()) = time(|| {
            for _ in 0..1000 {
                black_box(qazstep_core::crypto::seal(&key, &aad, black_box(&plain)).unwrap());
            }
        });
        s.push(d / 1000);
    }
    s
}

fn history_setup(dir: &Path) {
    let core = Qazstep::open(dir, provider()).unwrap();
    core.with_user_db(|db| {
        for a in 0..HISTORY_ATTEMPTS {
            let events: Vec<AnswerEvent> = (0..HISTORY_PER_ATTEMPT)
                .map(|i| {
                    let (subject, _) = UNT_SECTIONS[i % UNT_SECTIONS.len()];
                    let n = a * HISTORY_PER_ATTEMPT + i;
                    AnswerEvent {
                        question: format!("bench.h.kk.{n:05}"),
                        group: Some(format!("bench.h.g{n:05}")),
                        subject: subject.to_string(),
                        topic: format!("{subject}.t{}", n % 3),
                        kind: QuestionKind::Single,
                        points: u32::from(n.is_multiple_of(3)),
                        max_points: 1,
                        correct: n.is_multiple_of(3),
                        at: (a * 1000 + i) as i64,
                        origin: Origin::Exam,
                        response: Some(Response::Choice(vec![(n % 4) as u32])),
                    }
                })
                .collect();
            db.append_history(&events, (a * 1000) as i64)?;
        }
        db.checkpoint()
    })
    .unwrap();
}

fn cold_open(dir: &Path, p: Arc<dyn KeyProvider>) -> usize {
    let core = Qazstep::open(dir, p).unwrap();
    core.packs().unwrap().len() + core.unfinished_attempts().unwrap().len()
}

fn run_report() {
    if wanted("seal") {
        report(IMPL, "seal.64B", &seal64());
    }
    if wanted("answer.store") {
        let (all, first) = answer_store();
        report(IMPL, "answer.store", &all);
        report(IMPL, "answer.after-checkpoint", &first);
    }
    let pack = realistic_pack("kk", PACK_COPIES, "a");
    let bank_dir = scratch("core-bank");
    if wanted("import") || wanted("assembly") || wanted("answer.facade") {
        let mut total = Samples::default();
        let mut validate = Samples::default();
        let mut store = Samples::default();
        for i in 0..IMPORT_SAMPLES {
            let dir = if i == 0 {
                bank_dir.clone()
            } else {
                scratch("core-import")
            };
            {
                let core = Qazstep::open(&dir, provider()).unwrap();
                let (d, r) = time(|| core.import_pack(pack.as_bytes()));
                assert_eq!(r.unwrap().questions as usize, PACK_QUESTIONS);
                total.push(d);
            }
            // The two halves on their own: parse + validate, and the store's transaction.
            let (d, validated) = time(|| Qazstep::validate_pack(pack.as_bytes()));
            let validated = validated.unwrap();
            validate.push(d);
            let fresh = scratch("core-import-store");
            let mut conn = bank::open_content(&fresh.join("content.db")).unwrap();
            let (d, r) = time(|| bank::import_pack(&mut conn, &validated, 1));
            r.unwrap();
            store.push(d);
            drop(conn);
            let _ = std::fs::remove_dir_all(&fresh);
            if i > 0 {
                let _ = std::fs::remove_dir_all(&dir);
            }
        }
        report(IMPL, "import.total", &total);
        report(IMPL, "import.validate", &validate);
        report(IMPL, "import.store", &store);
    }
    if wanted("assembly") {
        let mut seed = 1u64;
        let mut first = Samples::default();
        for _ in 0..ASSEMBLY_FIRST_SAMPLES {
            let core = Qazstep::open(&bank_dir, provider()).unwrap();
            seed += 1;
            let (d, shown) = time(|| {
                let id = core.start_exam(&unt_request(seed)).unwrap().attempt;
                core.attempt_page(&id, 1, PAGE).unwrap().questions.len()
            });
            assert_eq!(shown, FIRST_PAGE);
            first.push(d);
        }
        let core = Qazstep::open(&bank_dir, provider()).unwrap();
        // Untimed: the first start after this open (that is the "first" row), then warm ones.
        seed += 1;
        core.attempt(&core.start_exam(&unt_request(seed)).unwrap().attempt)
            .unwrap();
        let mut warm = Samples::default();
        for _ in 0..ASSEMBLY_WARM_SAMPLES {
            seed += 1;
            let (d, shown) = time(|| {
                let id = core.start_exam(&unt_request(seed)).unwrap().attempt;
                core.attempt_page(&id, 1, PAGE).unwrap().questions.len()
            });
            assert_eq!(shown, FIRST_PAGE);
            warm.push(d);
        }
        report(IMPL, "assembly.warm", &warm);
        report(IMPL, "assembly.first", &first);
        // Diagnostic (core only): the same with the whole 120-question view instead of the
        // first page.
        let mut whole = Samples::default();
        for _ in 0..ASSEMBLY_WARM_SAMPLES {
            seed += 1;
            let (d, shown) = time(|| {
                let id = core.start_exam(&unt_request(seed)).unwrap().attempt;
                core.attempt(&id).unwrap().questions.len()
            });
            assert_eq!(shown, 120);
            whole.push(d);
        }
        report(IMPL, "assembly.warm.whole", &whole);
        // Diagnostic (core only): what the first start after an open adds, on a fresh
        // connection — reading and decoding the stored index (every open but the first after
        // an import), and building it from the rows instead (the first start after an import):
        // the light rows read from the covering index, and their index.
        let mut stored = Samples::default();
        let mut load = Samples::default();
        let mut index = Samples::default();
        for _ in 0..ASSEMBLY_FIRST_SAMPLES {
            let conn = bank::open_content(&bank_dir.join("content.db")).unwrap();
            let (d, decoded) =
                time(|| bank::stored_index(&conn, Exam::Unt, Locale::Kk, BankIndex::decode));
            stored.push(d);
            let decoded = decoded
                .unwrap()
                .expect("an index stored by the first start");
            let (d, refs) = time(|| bank::question_refs(&conn, Exam::Unt, Locale::Kk));
            load.push(d);
            let refs = refs.unwrap();
            let (d, built) = time(|| BankIndex::new(refs));
            index.push(d);
            assert!(
                built == decoded,
                "the stored index is the one the rows give"
            );
        }
        report(IMPL, "assembly.first.stored", &stored);
        report(IMPL, "assembly.first.load", &load);
        report(IMPL, "assembly.first.index", &index);
        // Diagnostic (core only): the same with workload 4's history (10,000 answers over 100
        // attempts) in user.db, which assembly reads for "recently seen".
        drop(core);
        history_setup(&bank_dir);
        let mut first = Samples::default();
        for _ in 0..ASSEMBLY_FIRST_SAMPLES {
            let core = Qazstep::open(&bank_dir, provider()).unwrap();
            seed += 1;
            let (d, shown) = time(|| {
                let id = core.start_exam(&unt_request(seed)).unwrap().attempt;
                core.attempt_page(&id, 1, PAGE).unwrap().questions.len()
            });
            assert_eq!(shown, FIRST_PAGE);
            first.push(d);
        }
        let core = Qazstep::open(&bank_dir, provider()).unwrap();
        // Untimed: the first start after this open (that is the "first" row), then warm ones.
        seed += 1;
        core.attempt(&core.start_exam(&unt_request(seed)).unwrap().attempt)
            .unwrap();
        let mut warm = Samples::default();
        for _ in 0..ASSEMBLY_WARM_SAMPLES {
            seed += 1;
            let (d, shown) = time(|| {
                let id = core.start_exam(&unt_request(seed)).unwrap().attempt;
                core.attempt_page(&id, 1, PAGE).unwrap().questions.len()
            });
            assert_eq!(shown, FIRST_PAGE);
            warm.push(d);
        }
        report(IMPL, "assembly.warm+history", &warm);
        report(IMPL, "assembly.first+history", &first);
    }
    if wanted("answer.facade") {
        // A fresh user.db beside the bank: answers through the facade.
        let dir = scratch("core-facade");
        std::fs::copy(bank_dir.join("content.db"), dir.join("content.db")).unwrap();
        let wal = bank_dir.join("content.db-wal");
        if wal.exists() {
            std::fs::copy(&wal, dir.join("content.db-wal")).unwrap();
        }
        let core = Qazstep::open(&dir, provider()).unwrap();
        report(IMPL, "answer.facade", &answer_facade(&core));
        report(IMPL, "answer.dispatch", &answer_dispatch(&core));
        drop(core);
        let _ = std::fs::remove_dir_all(&dir);
    }
    let _ = std::fs::remove_dir_all(&bank_dir);
    let dir = scratch("core-history");
    history_setup(&dir);
    if wanted("history") {
        let core = Qazstep::open(&dir, provider()).unwrap();
        let mut s = Samples::default();
        for _ in 0..HISTORY_SAMPLES {
            let (d, p) = time(|| core.progress().unwrap());
            assert_eq!(p.answered as usize, HISTORY_ATTEMPTS * HISTORY_PER_ATTEMPT);
            s.push(d);
        }
        report(IMPL, "history.progress", &s);
        // Where the time goes: unseal + JSON scan without building values, and unseal + decode
        // into `AnswerEvent`s without the aggregation.
        let mut scan = Samples::default();
        let mut decode = Samples::default();
        for _ in 0..HISTORY_SAMPLES {
            let (d, r) = time(|| core.with_user_db(|db| db.history::<serde::de::IgnoredAny>()));
            assert_eq!(r.unwrap().len(), HISTORY_ATTEMPTS);
            scan.push(d);
            let (d, r) = time(|| core.with_user_db(|db| db.history::<Vec<AnswerEvent>>()));
            assert_eq!(r.unwrap().len(), HISTORY_ATTEMPTS);
            decode.push(d);
        }
        report(IMPL, "history.unseal+scan", &scan);
        report(IMPL, "history.unseal+decode", &decode);
        // What exam assembly and practice read for "recently seen" (core only): from the summary,
        // and, for comparison, from the events as before the summary existed.
        let mut seen = Samples::default();
        let mut seen_events = Samples::default();
        for _ in 0..HISTORY_SAMPLES {
            let (d, r) = time(|| core.with_user_db(|db| db.last_seen()));
            assert_eq!(r.unwrap().len(), 2 * HISTORY_ATTEMPTS * HISTORY_PER_ATTEMPT);
            seen.push(d);
            let (d, r) = time(|| {
                core.with_user_db(|db| {
                    let events: Vec<AnswerEvent> = db
                        .history::<Vec<AnswerEvent>>()?
                        .into_iter()
                        .flatten()
                        .collect();
                    Ok::<_, qazstep_core::Error>(qazstep_core::practice::last_seen(&events))
                })
            });
            assert_eq!(r.unwrap().len(), 2 * HISTORY_ATTEMPTS * HISTORY_PER_ATTEMPT);
            seen_events.push(d);
        }
        report(IMPL, "history.last_seen", &seen);
        report(IMPL, "history.last_seen(events)", &seen_events);
        // The summary's price on the practice-answer path (core only): one event appended to
        // the 10,000-answer history, its summary tallies and bucket re-sealed in the same
        // transaction.
        let mut append = Samples::default();
        for k in 0..HISTORY_SAMPLES {
            let n = HISTORY_ATTEMPTS * HISTORY_PER_ATTEMPT + k;
            let event = AnswerEvent {
                question: format!("bench.h.kk.{n:05}"),
                group: Some(format!("bench.h.g{n:05}")),
                subject: "math".into(),
                topic: "math.t0".into(),
                kind: QuestionKind::Single,
                points: 1,
                max_points: 1,
                correct: true,
                at: 1_000_000 + k as i64,
                origin: Origin::Practice,
                response: Some(Response::Choice(vec![0])),
            };
            let (d, r) = time(|| {
                core.with_user_db(|db| db.append_history(std::slice::from_ref(&event), event.at))
            });
            r.unwrap();
            append.push(d);
        }
        report(IMPL, "history.append1", &append);
    }
    if wanted("open") {
        let p: Arc<dyn KeyProvider> = provider();
        let mut s = Samples::default();
        for _ in 0..OPEN_SAMPLES {
            let (d, n) = time(|| cold_open(&dir, p.clone()));
            black_box(n);
            s.push(d);
        }
        report(IMPL, "open.cold", &s);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn criterion_benches(c: &mut criterion::Criterion) {
    let key = DataKey::generate(1);
    let aad = Aad {
        table: "responses",
        field: "data",
        row: "00000000-0000-4000-8000-000000000001:17",
    };
    c.bench_function("core/seal.64B", |b| {
        b.iter(|| qazstep_core::crypto::seal(&key, &aad, black_box(&[0x5au8; 64])).unwrap());
    });

    let dir = scratch("core-criterion");
    let p = provider();
    {
        let mut db = UserDb::open(&dir.join("user.db"), p.as_ref(), now_ms()).unwrap();
        db.insert_attempt("a", &"plan", 1, 100_000_000).unwrap();
        let mut pos = 0u32;
        c.bench_function("core/answer.store", |b| {
            b.iter(|| {
                pos = pos % 120 + 1;
                db.put_response("a", pos, &record(pos), true, 1).unwrap();
            });
        });
        db.checkpoint().unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);

    let dir = scratch("core-criterion-bank");
    let pack = realistic_pack("kk", PACK_COPIES, "a");
    let core = Qazstep::open(&dir, provider()).unwrap();
    core.import_pack(pack.as_bytes()).unwrap();
    let mut seed = 0u64;
    c.bench_function("core/assembly.warm", |b| {
        b.iter(|| {
            seed += 1;
            let id = core.start_exam(&unt_request(seed)).unwrap().attempt;
            core.attempt_page(&id, 1, PAGE).unwrap().questions.len()
        });
    });
    let id = core.start_exam(&unt_request(u64::MAX)).unwrap().attempt;
    let kinds: Vec<(u32, QuestionKind)> = core
        .attempt(&id)
        .unwrap()
        .questions
        .iter()
        .map(|q| (q.position, q.kind))
        .collect();
    let mut i = 0usize;
    c.bench_function("core/answer.facade", |b| {
        b.iter(|| {
            let (pos, kind) = kinds[i % kinds.len()];
            i += 1;
            core.answer(&id, pos, &response_for(kind, i as u32))
                .unwrap()
        });
    });
    drop(core);
    let mut g = c.benchmark_group("core/import");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("import.total (20k questions)", |b| {
        b.iter_batched(
            || {
                let d = scratch("core-criterion-import");
                (Qazstep::open(&d, provider()).unwrap(), d)
            },
            |(core, d)| {
                core.import_pack(pack.as_bytes()).unwrap();
                drop(core);
                let _ = std::fs::remove_dir_all(d);
            },
            criterion::BatchSize::PerIteration,
        );
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);

    let dir = scratch("core-criterion-history");
    history_setup(&dir);
    let core = Qazstep::open(&dir, provider()).unwrap();
    c.bench_function("core/history.progress", |b| {
        b.iter(|| core.progress().unwrap());
    });
    drop(core);
    let p: Arc<dyn KeyProvider> = provider();
    c.bench_function("core/open.cold", |b| {
        b.iter(|| cold_open(&dir, p.clone()));
    });
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    if report_mode() {
        run_report();
    } else {
        let mut c = criterion::Criterion::default()
            .sample_size(30)
            .configure_from_args();
        criterion_benches(&mut c);
        c.final_summary();
    }
}
