//! `qazstep demo`: the main job on the embedded starter content.
//!
//! A fresh data directory (temporary unless `--data-dir`), the starter packs imported, a full
//! ҰБТ mock (unt-2025, math + physics) sat by a simulated student, the score report printed.
//! Deterministic for a seed: the same seed gives the same questions, answers and report.

use std::path::Path;
use std::sync::Arc;

use qazstep_core::content::Locale;
use qazstep_core::crypto::StaticKeyProvider;
use qazstep_core::exam::ManualClock;
use qazstep_core::{Error, ProfileUpdate, Qazstep, StartExam};

use crate::{Failure, Outcome, print_json, screens, starter};

/// 2025-06-01 09:00 Almaty time, as ms since the epoch: the demo's fixed start.
const DEMO_START_MS: i64 = 1_748_746_800_000;

/// Runs the demo.
pub fn run(data_dir: Option<&Path>, seed: u64, lang: Locale, json: bool) -> Outcome {
    let temp;
    let dir = match data_dir {
        Some(d) => {
            if d.join(qazstep_core::USER_DB).exists() || d.join(qazstep_core::CONTENT_DB).exists() {
                return Err(Failure::refused(tr!(
                    "demo_dir_not_empty",
                    dir = d.display()
                )));
            }
            d.to_path_buf()
        }
        None => {
            temp = tempfile::Builder::new()
                .prefix("qazstep-demo-")
                .tempdir()
                .map_err(Error::from)?;
            temp.path().to_path_buf()
        }
    };
    let clock = Arc::new(ManualClock::new(DEMO_START_MS));
    // With --data-dir the key goes to <dir>/cli.key so the demo's data can be opened again
    // (`qazstep --data-dir DIR exam review …`); a temporary directory needs no lasting key.
    let provider = match data_dir {
        Some(d) => crate::keyfile::provider(d)?,
        None => StaticKeyProvider::generate(),
    };
    let core = Qazstep::open_with_clock(&dir, Arc::new(provider), clock.clone())?;
    let mut questions = 0;
    for (name, bytes) in starter::PACKS {
        let report = core
            .import_pack(bytes)
            .map_err(|e| Failure::from(e).with_prefix(name))?;
        questions += report.questions;
    }
    core.set_profile(ProfileUpdate {
        iin: Some(Some("800101300016".into())), // the public example ИИН of spec/exams.md, not a person's
        name: Some(Some("Demo".into())),
        interface_language: Some(lang),
        exam_language: Some(lang),
        profile_subjects: Some(vec!["math".into(), "physics".into()]),
        ..ProfileUpdate::default()
    })?;
    let attempt = core.start_exam(&StartExam {
        blueprint: "unt-2025".into(),
        subjects: vec!["math".into(), "physics".into()],
        category: None,
        locale: lang,
        seed: Some(seed),
        extra_time: false,
    })?;
    let answered = core.simulate_student(&attempt.attempt, seed, clock.as_ref())?;
    let report = core.submit(&attempt.attempt)?;
    if json {
        return print_json(&report);
    }
    outln!("{}", tr!("demo_title", seed = seed));
    outln!(
        "{}",
        tr!(
            "demo_summary",
            questions = questions,
            answered = answered,
            total = attempt.questions
        )
    );
    if let qazstep_core::app::Screen::Report(r) = core.report_view(&attempt.attempt)? {
        screens::report(&r);
    }
    Ok(())
}

impl Failure {
    fn with_prefix(mut self, prefix: &str) -> Self {
        self.lines = self
            .lines
            .into_iter()
            .map(|l| format!("{prefix}: {l}"))
            .collect();
        self
    }
}
