//! See Cargo.toml: one exported function reaching every facade entry point.

use std::sync::Arc;

use qazstep_core::content::Locale;
use qazstep_core::crypto::StaticKeyProvider;
use qazstep_core::scoring::Response;
use qazstep_core::{ProfileUpdate, Qazstep, StartExam};

fn run() -> qazstep_core::Result<usize> {
    let dir = std::env::var_os("QAZSTEP_PROBE_DIR").unwrap_or_default();
    let key = Arc::new(StaticKeyProvider::generate());
    let core = Qazstep::open(std::path::Path::new(&dir), key)?;
    let pack = std::env::var("QAZSTEP_PROBE_PACK").unwrap_or_default();
    let mut n = core.import_pack(pack.as_bytes())?.questions as usize;
    n += core.packs()?.len() + core.subjects()?.len() + core.topics(None)?.len();
    n += core.blueprints().len();
    core.set_profile(ProfileUpdate {
        iin: Some(std::env::var("QAZSTEP_PROBE_IIN").ok()),
        ..ProfileUpdate::default()
    })?;
    core.give_consent("1")?;
    n += usize::from(core.profile()?.is_some());
    let a = core
        .start_exam(&StartExam {
            blueprint: "unt-2025".into(),
            subjects: vec!["math".into(), "physics".into()],
            category: None,
            locale: Locale::Kk,
            seed: None,
            extra_time: false,
        })?
        .attempt;
    n += core.attempt(&a)?.questions.len();
    core.answer(&a, 1, &Response::Choice(vec![0]))?;
    core.flag(&a, 2, true)?;
    core.clear_answer(&a, 1)?;
    n += core.remaining_seconds(&a)? as usize;
    core.submit(&a)?;
    n += core.report(&a)?.total as usize;
    n += core.review(&a)?.items.len();
    n += core.attempts()?.len() + core.unfinished_attempts()?.len();
    let req: qazstep_core::practice::PracticeRequest = serde_probe();
    let p = core.start_practice(&req)?;
    core.practice_answer(&p.id, 0, &Response::Choice(vec![0]))?;
    n += core.practice_session(&p.id)?.questions.len();
    n += core.start_mistakes_review(Locale::Kk, 5)?.questions.len();
    n += core.progress()?.answered as usize;
    n += core.export_personal_data()?.len();
    core.rotate_data_key()?;
    core.rotate_wrapping_key(Arc::new(StaticKeyProvider::generate()))?;
    core.checkpoint()?;
    core.erase_personal_data()?;
    n += Qazstep::validate_pack(pack.as_bytes()).map_or(0, |v| v.pack.questions.len());
    Ok(n)
}

fn serde_probe() -> qazstep_core::practice::PracticeRequest {
    qazstep_core::practice::PracticeRequest {
        subject: "math".into(),
        topic: None,
        count: 5,
        locale: Locale::Kk,
        exam: qazstep_core::content::Exam::Unt,
        seed: None,
    }
}

/// Runs the probe; returns a count (or -1 on error) so nothing is optimised away.
#[unsafe(no_mangle)]
pub extern "C" fn qazstep_size_probe() -> i64 {
    run().map_or(-1, |n| n as i64)
}
