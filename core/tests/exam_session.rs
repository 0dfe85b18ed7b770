//! The exam engine end to end on the starter content: assembly, the session, the timer,
//! auto-submission, scoring, review, practice and progress.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashSet;

use common::*;
use qazstep_core::content::{Exam, Locale, QuestionKind};
use qazstep_core::practice::PracticeRequest;
use qazstep_core::scoring::Response;
use qazstep_core::{Error, Qazstep, StartExam};

fn unt(seed: u64, locale: Locale) -> StartExam {
    StartExam {
        blueprint: "unt-2025".into(),
        subjects: vec!["math".into(), "physics".into()],
        category: None,
        locale,
        seed: Some(seed),
        extra_time: false,
    }
}

fn wrong_for(kind: QuestionKind, key: &Response, options: usize) -> Response {
    match (kind, key) {
        (QuestionKind::Matching, Response::Matching(pairs)) => Response::Matching(
            pairs
                .iter()
                .map(|(p, o)| (*p, (o + 1) % options as u32))
                .collect(),
        ),
        (_, Response::Choice(v)) => {
            let wrong: Vec<u32> = (0..options as u32)
                .filter(|o| !v.contains(o))
                .take(v.len().max(1))
                .collect();
            Response::Choice(if kind == QuestionKind::Single {
                vec![wrong[0]]
            } else {
                wrong
            })
        }
        _ => unreachable!(),
    }
}

/// The keys of attempt `seed` in shown order, learned from a throwaway copy of the exam.
fn keys_for(seed: u64, locale: Locale) -> Vec<Response> {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_content(dir.path());
    let a = core.start_exam(&unt(seed, locale)).unwrap();
    core.submit(&a.attempt).unwrap();
    core.review(&a.attempt)
        .unwrap()
        .items
        .into_iter()
        .map(|i| i.correct)
        .collect()
}

#[test]
fn a_full_unt_mock_scores_exactly_by_the_rules() {
    let keys = keys_for(5, Locale::Kk);
    assert_eq!(keys.len(), 120);
    let dir = tempfile::tempdir().unwrap();
    let (core, clock) = open_with_content(dir.path());
    let a = core.start_exam(&unt(5, Locale::Kk)).unwrap();
    assert_eq!(a.questions, 120);
    assert_eq!(a.remaining_seconds, 240 * 60);
    let view = core.attempt(&a.attempt).unwrap();
    // No key or explanation reaches the exam view.
    let json = serde_json::to_string(&view).unwrap();
    assert!(!json.contains("\"correct\"") && !json.contains("explanation"));
    // Sections in the blueprint's order with the spec's sizes.
    let sizes: Vec<(String, usize)> = view
        .sections
        .iter()
        .map(|s| {
            (
                s.id.clone(),
                view.questions.iter().filter(|q| q.section == s.id).count(),
            )
        })
        .collect();
    assert_eq!(
        sizes,
        vec![
            ("history_kz".into(), 20),
            ("math_literacy".into(), 10),
            ("reading_literacy".into(), 10),
            ("math".into(), 40),
            ("physics".into(), 40)
        ]
    );
    // Every section has a name to show: the blueprint's, else its subject's (profile ones).
    let names: Vec<&str> = view
        .sections
        .iter()
        .map(|s| s.name.as_ref().map_or("", |n| n.kk.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            "Қазақстан тарихы",
            "Математикалық сауаттылық",
            "Оқу сауаттылығы",
            "Математика",
            "Физика"
        ]
    );
    // Answer everything right except: physics 1 single wrong, one multiple with one mistake,
    // one matching fully wrong; history 16 wrong (below its minimum of 5).
    let mut expected = 140;
    for (q, key) in view.questions.iter().zip(&keys) {
        clock.advance(30_000);
        let n = q.options.len();
        let response = if (q.section == "history_kz" && q.position <= 16)
            || (q.section == "physics" && q.kind == QuestionKind::Single && q.position == 81)
        {
            expected -= 1;
            wrong_for(q.kind, key, n)
        } else if q.section == "physics" && q.kind == QuestionKind::Multiple && q.position == 116 {
            // one mistake: drop a correct option if several, else add a wrong one
            expected -= 1;
            match key {
                Response::Choice(v) if v.len() > 1 => Response::Choice(v[1..].to_vec()),
                Response::Choice(v) => {
                    let extra = (0..n as u32).find(|o| !v.contains(o)).unwrap();
                    let mut r = v.clone();
                    r.push(extra);
                    Response::Choice(r)
                }
                _ => unreachable!(),
            }
        } else if q.section == "math" && q.kind == QuestionKind::Matching && q.position == 101 {
            expected -= 2;
            wrong_for(q.kind, key, n)
        } else {
            key.clone()
        };
        core.answer(&a.attempt, q.position, &response).unwrap();
    }
    let report = core.submit(&a.attempt).unwrap();
    assert_eq!(report.max_total, 140);
    assert_eq!(report.total, expected);
    let history = report
        .sections
        .iter()
        .find(|s| s.section == "history_kz")
        .unwrap();
    assert_eq!(
        (history.score, history.min_required, history.passed),
        (4, Some(5), false)
    );
    assert!(
        report.thresholds.iter().all(|t| !t.met),
        "a failed section minimum fails every threshold"
    );
    assert_eq!(report.thresholds.len(), 6);
    // Review: keys, responses, explanations, topic breakdown.
    let review = core.review(&a.attempt).unwrap();
    assert_eq!(review.items.len(), 120);
    assert!(review.items.iter().all(|i| i.explanation.is_some()));
    assert_eq!(review.topics.iter().map(|t| t.max).sum::<u32>(), 140);
    assert_eq!(
        review.topics.iter().map(|t| t.points).sum::<u32>(),
        expected
    );
    // Answering a submitted attempt is refused and changes nothing.
    let err = core.answer(&a.attempt, 1, &keys[0]).unwrap_err();
    assert!(matches!(err, Error::AlreadySubmitted), "{err}");
    assert_eq!(core.review(&a.attempt).unwrap().report.total, expected);
}

#[test]
fn assembly_is_deterministic_and_follows_the_blueprint() {
    let d1 = tempfile::tempdir().unwrap();
    let d2 = tempfile::tempdir().unwrap();
    let (c1, _) = open_with_content(d1.path());
    let (c2, _) = open_with_content(d2.path());
    let v1 = c1
        .attempt(&c1.start_exam(&unt(42, Locale::Ru)).unwrap().attempt)
        .unwrap();
    let v2 = c2
        .attempt(&c2.start_exam(&unt(42, Locale::Ru)).unwrap().attempt)
        .unwrap();
    let strip = |v: &qazstep_core::exam::AttemptView| serde_json::to_value(&v.questions).unwrap();
    assert_eq!(strip(&v1), strip(&v2), "same seed, same bank: same exam");
    let v3 = c2
        .attempt(&c2.start_exam(&unt(43, Locale::Ru)).unwrap().attempt)
        .unwrap();
    assert_ne!(strip(&v1), strip(&v3));
    // Context groups are whole and consecutive; multiple-answer items have 6 options.
    for q in &v1.questions {
        if q.kind == QuestionKind::Multiple {
            assert_eq!(q.options.len(), 6);
        }
    }
    let mut seen_ctx = HashSet::new();
    let mut last: Option<String> = None;
    for q in &v1.questions {
        if let Some(c) = &q.context {
            if last.as_deref() != Some(c.id.as_str()) {
                assert!(seen_ctx.insert(c.id.clone()), "context {} split", c.id);
                let n = v1
                    .questions
                    .iter()
                    .filter(|x| x.context.as_ref().map(|c| &c.id) == Some(&c.id))
                    .count();
                assert_eq!(n, 5);
            }
            last = Some(c.id.clone());
        } else {
            last = None;
        }
    }
    assert_eq!(
        seen_ctx.len(),
        2 + 2 + 1 + 1,
        "history 2, reading 2, math 1, physics 1"
    );
}

#[test]
fn second_mock_prefers_unseen_questions() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_content(dir.path());
    let a = core.start_exam(&unt(1, Locale::Kk)).unwrap();
    let first = core.attempt(&a.attempt).unwrap();
    for q in &first.questions {
        // An empty response is no answer: refused (clearing is `clear_answer`).
        let err = core
            .answer(&a.attempt, q.position, &Response::empty(q.kind))
            .unwrap_err();
        assert_eq!(err.message().id, qazstep_core::MessageId::ResponseEmpty);
        let r = match q.kind {
            QuestionKind::Matching => Response::Matching(vec![(0, 0)]),
            _ => Response::Choice(vec![0]),
        };
        core.answer(&a.attempt, q.position, &r).unwrap();
    }
    core.submit(&a.attempt).unwrap();
    let b = core.start_exam(&unt(2, Locale::Kk)).unwrap();
    let second = core.attempt(&b.attempt).unwrap();
    let stems1: HashSet<&str> = first.questions.iter().map(|q| q.stem.as_str()).collect();
    let repeated = second
        .questions
        .iter()
        .filter(|q| stems1.contains(q.stem.as_str()))
        .count();
    assert_eq!(
        repeated, 0,
        "the starter bank holds two disjoint mocks; none repeated"
    );
}

#[test]
fn bad_input_is_refused_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_content(dir.path());
    let a = core.start_exam(&unt(3, Locale::Kk)).unwrap().attempt;
    let view = core.attempt(&a).unwrap();
    let single = view
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Single)
        .unwrap()
        .position;
    let matching = view
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Matching)
        .unwrap();
    let cases: Vec<(u32, Response, &str)> = vec![
        (0, Response::Choice(vec![0]), "position 0"),
        (121, Response::Choice(vec![0]), "position 121"),
        (single, Response::Choice(vec![4]), "option 4"),
        (single, Response::Choice(vec![0, 1]), ""),
        (single, Response::Matching(vec![(0, 1)]), ""),
        (
            matching.position,
            Response::Matching(vec![(5, 0)]),
            "prompt",
        ),
        (
            matching.position,
            Response::Matching(vec![(0, 9)]),
            "option 9",
        ),
    ];
    for (pos, r, needle) in cases {
        let err = core.answer(&a, pos, &r).unwrap_err();
        assert!(matches!(err, Error::InvalidInput(_)), "{pos} {r:?}: {err}");
        assert!(err.to_string().contains(needle), "{err}");
    }
    assert!(
        core.attempt(&a)
            .unwrap()
            .questions
            .iter()
            .all(|q| q.response.is_none())
    );
    // Unknown blueprint, unknown pair, unknown category.
    let mut req = unt(1, Locale::Kk);
    req.blueprint = "unt-1999".into();
    assert!(matches!(
        core.start_exam(&req).unwrap_err(),
        Error::NotFound(_)
    ));
    let mut req = unt(1, Locale::Kk);
    req.subjects = vec!["math".into(), "law".into()];
    let err = core.start_exam(&req).unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err}");
    assert_eq!(
        core.attempts().unwrap().len(),
        1,
        "no attempt was stored for bad requests"
    );
    assert!(matches!(
        core.attempt("no-such-attempt").unwrap_err(),
        Error::NotFound(_)
    ));
}

#[test]
fn a_bank_too_small_names_every_short_slot() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open(dir.path(), 1);
    let math = repo().join("content/packs/kk/math.json");
    core.import_pack_file(&math).unwrap();
    let err = core.start_exam(&unt(1, Locale::Kk)).unwrap_err();
    let Error::InsufficientContent { shortages, .. } = &err else {
        panic!("{err}")
    };
    let text = shortages.join("\n");
    assert!(
        text.contains("history_kz: single (4 options) without context: 0 of 10"),
        "{text}"
    );
    assert!(
        text.contains("physics: multiple (6 options) without context: 0 of 5"),
        "{text}"
    );
    assert!(!text.contains("math:"), "math is complete: {text}");
    assert!(core.attempts().unwrap().is_empty());
}

#[test]
fn the_timer_never_grows_and_expiry_scores_saved_answers() {
    let dir = tempfile::tempdir().unwrap();
    let a;
    {
        let (core, clock) = open_with_content(dir.path());
        a = core.start_exam(&unt(9, Locale::Kk)).unwrap().attempt;
        clock.advance(10 * 60_000);
        assert_eq!(core.remaining_seconds(&a).unwrap(), 230 * 60);
        clock.advance(-60 * 60_000); // the user moved the clock back an hour
        assert_eq!(
            core.remaining_seconds(&a).unwrap(),
            230 * 60,
            "remaining time never grows"
        );
        clock.advance(60 * 60_000 + 5_000);
        let r = core.remaining_seconds(&a).unwrap();
        assert!(r < 230 * 60 && r > 229 * 60, "{r}");
        let view = core.attempt(&a).unwrap();
        for q in view.questions.iter().take(3) {
            let resp = match q.kind {
                QuestionKind::Matching => Response::Matching(vec![(0, 0), (1, 1)]),
                _ => Response::Choice(vec![0]),
            };
            core.answer(&a, q.position, &resp).unwrap();
        }
        assert_eq!(core.unfinished_attempts().unwrap().len(), 1);
    }
    // The app dies; time runs out while it is dead.
    let clock = std::sync::Arc::new(qazstep_core::exam::ManualClock::new(T0 + 241 * 60_000));
    let core = Qazstep::open_with_clock(dir.path(), key(7), clock).unwrap();
    assert!(core.unfinished_attempts().unwrap().is_empty());
    let view = core.attempt(&a).unwrap();
    assert!(view.submitted);
    assert_eq!(view.remaining_seconds, 0);
    let review = core.review(&a).unwrap();
    assert_eq!(
        review.items.iter().filter(|i| i.response.is_some()).count(),
        3,
        "saved answers were scored"
    );
    assert!(matches!(
        core.answer(&a, 4, &Response::Choice(vec![0])).unwrap_err(),
        Error::TimeUp
    ));
}

#[test]
fn extra_time_and_pbb_durations_come_from_the_blueprint() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_content(dir.path());
    let mut req = unt(1, Locale::Kk);
    req.extra_time = true;
    assert_eq!(core.start_exam(&req).unwrap().remaining_seconds, 280 * 60);
    for locale in [Locale::Kk, Locale::Ru] {
        let a = core
            .start_exam(&StartExam {
                blueprint: "pbb-2024".into(),
                subjects: vec!["math".into()],
                category: Some("moderator".into()),
                locale,
                seed: Some(1),
                extra_time: false,
            })
            .unwrap();
        assert_eq!(a.questions, 50);
        assert_eq!(
            a.remaining_seconds,
            125 * 60,
            "mathematics teachers get 125 minutes"
        );
        let report = core.submit(&a.attempt).unwrap();
        assert_eq!(report.max_total, 50);
        let ids: Vec<(&str, u32)> = report
            .thresholds
            .iter()
            .map(|t| (t.id.as_str(), t.min_total))
            .collect();
        assert!(
            ids.contains(&("pedagog", 25)) && ids.contains(&("master", 45)),
            "{ids:?}"
        );
        let sections: Vec<&str> = report.sections.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(sections, vec!["subject_knowledge", "teaching_methodology"]);
    }
    // ПББ is held in Kazakh or Russian only (the blueprint's `languages`): an English one is
    // refused and nothing is stored.
    let attempts = core.attempts().unwrap().len();
    let err = core
        .start_exam(&StartExam {
            blueprint: "pbb-2024".into(),
            subjects: vec!["math".into()],
            category: None,
            locale: Locale::En,
            seed: Some(1),
            extra_time: false,
        })
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m == "pbb-2024 is held in kk, ru only, not in en"),
        "{err}"
    );
    assert_eq!(core.attempts().unwrap().len(), attempts);
    let languages: Vec<(String, Vec<String>)> = core
        .blueprints()
        .into_iter()
        .map(|b| (b.id, b.languages))
        .filter(|(id, _)| id == "pbb-2024" || id == "unt-2025")
        .collect();
    assert_eq!(
        languages,
        [
            (
                "pbb-2024".to_string(),
                vec!["kk".to_string(), "ru".to_string()]
            ),
            (
                "unt-2025".to_string(),
                vec!["kk".to_string(), "ru".to_string(), "en".to_string()]
            )
        ]
    );
}

#[test]
fn practice_gives_feedback_and_feeds_mistakes_and_progress() {
    let dir = tempfile::tempdir().unwrap();
    let (core, clock) = open_with_content(dir.path());
    let s = core
        .start_practice(&PracticeRequest {
            subject: "physics".into(),
            topic: None,
            count: 6,
            locale: Locale::Ru,
            exam: Exam::Unt,
            seed: Some(3),
        })
        .unwrap();
    assert_eq!(s.questions.len(), 6);
    let topics: HashSet<&str> = s.questions.iter().map(|q| q.topic.as_str()).collect();
    assert!(
        topics.len() >= 2,
        "practice spreads over topics when it can"
    );
    let mut wrong = 0;
    for q in &s.questions {
        clock.advance(1000);
        // Answer with option 0 / pairs 0:0,1:1 and learn from the feedback.
        let r = match q.kind {
            QuestionKind::Matching => Response::Matching(vec![(0, 0), (1, 1)]),
            _ => Response::Choice(vec![0]),
        };
        let fb = core.practice_answer(&s.id, q.index, &r).unwrap();
        assert!(fb.explanation.is_some());
        assert_eq!(fb.correct, fb.key == r);
        if !fb.correct {
            wrong += 1;
        }
    }
    let p = core.progress().unwrap();
    assert_eq!(p.answered, 6);
    assert_eq!(p.correct, 6 - wrong);
    assert_eq!(p.subjects[0].subject, "physics");
    if wrong > 0 {
        // Mistakes carry over to the Kazakh twins of the questions.
        let m = core.start_mistakes_review(Locale::Kk, 50).unwrap();
        assert_eq!(m.questions.len(), wrong as usize);
        assert!(m.questions.iter().all(|q| q.question.contains(".kk.")));
    }
    assert!(matches!(
        core.practice_answer(&s.id, 99, &Response::Choice(vec![0]))
            .unwrap_err(),
        Error::InvalidInput(_)
    ));
}

#[test]
fn a_pack_can_replace_a_blueprint_with_a_newer_revision() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_content(dir.path());
    let mut bp: serde_json::Value =
        serde_json::from_str(include_str!("../blueprints/unt-2025.json")).unwrap();
    bp["revision"] = serde_json::json!(bp["revision"].as_u64().unwrap() + 1);
    for t in bp["thresholds"].as_array_mut().unwrap() {
        if t["id"] == "national_universities" {
            t["min_total"] = serde_json::json!(70);
        }
    }
    let pack = serde_json::json!({
        "format": 1, "id": "kz.qazstep.test.rules", "version": 1, "locale": "kk",
        "title": {"kk": "Ережелер", "ru": "Правила"}, "questions": [], "blueprints": [bp]
    });
    core.import_pack(pack.to_string().as_bytes()).unwrap();
    let info = core
        .blueprints()
        .into_iter()
        .find(|b| b.id == "unt-2025")
        .unwrap();
    assert_eq!(info.revision, bp["revision"].as_u64().unwrap() as u32);
    let a = core.start_exam(&unt(1, Locale::Kk)).unwrap();
    let report = core.submit(&a.attempt).unwrap();
    let t = report
        .thresholds
        .iter()
        .find(|t| t.id == "national_universities")
        .unwrap();
    assert_eq!(t.min_total, 70, "the pack's revision of the rules is used");
    // An older revision from another pack is kept out, and its import says so.
    let mut older = bp.clone();
    older["revision"] = serde_json::json!(bp["revision"].as_u64().unwrap() - 1);
    let pack = serde_json::json!({
        "format": 1, "id": "kz.qazstep.test.rules-old", "version": 1, "locale": "kk",
        "title": {"kk": "Ережелер", "ru": "Правила"}, "questions": [], "blueprints": [older]
    });
    let report = core.import_pack(pack.to_string().as_bytes()).unwrap();
    let warned: Vec<String> = report.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warned,
        [format!(
            "blueprints[0].revision: revision {} of \"unt-2025\" is older than revision {} in use; \
             the one in use is kept",
            older["revision"], bp["revision"]
        )]
    );
    assert_eq!(
        core.blueprints()
            .into_iter()
            .find(|b| b.id == "unt-2025")
            .unwrap()
            .revision,
        bp["revision"].as_u64().unwrap() as u32
    );
    // A broken blueprint in a pack is refused with its path, and nothing is imported.
    let mut broken = bp.clone();
    broken["sections"][0]["slots"][0]["count"] = serde_json::json!(0);
    let pack = serde_json::json!({
        "format": 1, "id": "kz.qazstep.test.rules2", "version": 1, "locale": "kk",
        "title": {"kk": "Ережелер", "ru": "Правила"}, "questions": [], "blueprints": [broken]
    });
    let Error::InvalidPack(problems) = core.import_pack(pack.to_string().as_bytes()).unwrap_err()
    else {
        panic!("expected InvalidPack")
    };
    assert!(
        problems.iter().any(|p| p
            .path
            .starts_with("blueprints[0].sections[0].slots[0].count")),
        "{problems:?}"
    );
    assert!(
        !core
            .packs()
            .unwrap()
            .iter()
            .any(|p| p.id == "kz.qazstep.test.rules2")
    );
}

/// A pack holding `blueprints`, as bytes.
fn rules_pack(id: &str, version: u32, blueprints: &[&serde_json::Value]) -> Vec<u8> {
    serde_json::json!({
        "format": 1, "id": id, "version": version, "locale": "kk",
        "title": {"kk": "Ережелер", "ru": "Правила"}, "questions": [], "blueprints": blueprints
    })
    .to_string()
    .into_bytes()
}

#[test]
fn an_equal_revision_never_changes_the_rules_in_use() {
    // spec/content-pack.md: a pack may add a blueprint or replace one with a NEWER revision.
    // Before, any pack could ship pbb-2024 at its own revision with 22 minutes and the exam
    // changed without a word.
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open(dir.path(), 7);
    let minutes = |id: &str| {
        core.blueprints()
            .into_iter()
            .find(|b| b.id == id)
            .unwrap()
            .duration_minutes
    };
    let warnings = |bytes: &[u8]| -> Vec<String> {
        let report = core.import_pack(bytes).unwrap();
        report.warnings.iter().map(ToString::to_string).collect()
    };
    let pbb: serde_json::Value =
        serde_json::from_str(include_str!("../blueprints/pbb-2024.json")).unwrap();
    let rev = pbb["revision"].as_u64().unwrap();
    let mut short = pbb.clone();
    short["duration_minutes"] = serde_json::json!(22);
    assert_eq!(
        warnings(&rules_pack("kz.test.short", 1, &[&short])),
        [format!(
            "blueprints[0].revision: revision {rev} of \"pbb-2024\" equals the one in use but \
             differs from it; the one in use is kept (raise the revision to replace it)"
        )]
    );
    assert_eq!(minutes("pbb-2024"), 90);
    // An identical copy is no news.
    assert!(warnings(&rules_pack("kz.test.same", 1, &[&pbb])).is_empty());
    assert_eq!(minutes("pbb-2024"), 90);
    // Reopening reads the same rules (the registry is rebuilt from the bank).
    drop(core);
    let (core, _) = open(dir.path(), 7);
    assert_eq!(
        core.blueprints()
            .into_iter()
            .find(|b| b.id == "pbb-2024")
            .unwrap()
            .duration_minutes,
        90
    );
}

#[test]
fn an_upgrade_of_the_pack_in_use_keeps_its_place_among_equal_revisions() {
    // Pack A supplies unt-2025 at a new revision; pack B ships the same revision with other
    // content and is kept out. A's upgrade replaces A's own blueprint (like its questions), and
    // B stays out: an upgrade keeps A's place, so it does not hand the rules to B.
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open(dir.path(), 7);
    let minutes = || {
        core.blueprints()
            .into_iter()
            .find(|b| b.id == "unt-2025")
            .unwrap()
            .duration_minutes
    };
    let mut a: serde_json::Value =
        serde_json::from_str(include_str!("../blueprints/unt-2025.json")).unwrap();
    a["revision"] = serde_json::json!(a["revision"].as_u64().unwrap() + 1);
    a["duration_minutes"] = serde_json::json!(200);
    let mut b = a.clone();
    b["duration_minutes"] = serde_json::json!(22);
    assert!(
        core.import_pack(&rules_pack("kz.test.a", 1, &[&a]))
            .unwrap()
            .warnings
            .is_empty()
    );
    assert_eq!(minutes(), 200);
    let report = core
        .import_pack(&rules_pack("kz.test.b", 1, &[&b]))
        .unwrap();
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert!(
        report.warnings[0]
            .message
            .contains("equals the one in use but differs")
    );
    assert_eq!(minutes(), 200);
    // A's new version corrects its own blueprint at the same revision: no warning, in use.
    a["duration_minutes"] = serde_json::json!(210);
    let report = core
        .import_pack(&rules_pack("kz.test.a", 2, &[&a]))
        .unwrap();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    assert_eq!(minutes(), 210);
    drop(core);
    let (core, _) = open(dir.path(), 7);
    assert_eq!(
        core.blueprints()
            .into_iter()
            .find(|b| b.id == "unt-2025")
            .unwrap()
            .duration_minutes,
        210
    );
    // B's upgrade at the same revision stays out, and says so again.
    let report = core
        .import_pack(&rules_pack("kz.test.b", 2, &[&b]))
        .unwrap();
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
}

#[test]
fn answers_flags_and_clears_keep_each_other_and_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let (core, clock) = open_with_content(dir.path());
    let a = core.start_exam(&unt(21, Locale::Ru)).unwrap().attempt;
    let singles: Vec<u32> = core
        .attempt(&a)
        .unwrap()
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Single)
        .map(|q| q.position)
        .take(3)
        .collect();
    let (p1, p2, p3) = (singles[0], singles[1], singles[2]);
    let shown = |pos: u32| {
        let v = core.attempt(&a).unwrap();
        let q = v.questions.iter().find(|q| q.position == pos).unwrap();
        (q.response.clone(), q.flagged)
    };

    assert_eq!(core.flag(&a, p1, true).unwrap().answered, 0);
    let ack = core.answer(&a, p1, &Response::Choice(vec![1])).unwrap();
    assert_eq!((ack.position, ack.answered), (p1, 1));
    assert_eq!(shown(p1), (Some(Response::Choice(vec![1])), true));
    assert_eq!(
        core.answer(&a, p2, &Response::Choice(vec![0]))
            .unwrap()
            .answered,
        2
    );
    // Changing an answer does not count it twice; an empty choice clears it.
    assert_eq!(
        core.answer(&a, p2, &Response::Choice(vec![2]))
            .unwrap()
            .answered,
        2
    );
    assert_eq!(
        core.answer(&a, p3, &Response::Choice(vec![0]))
            .unwrap()
            .answered,
        3
    );
    // An empty response is refused and changes nothing; clearing is its own call.
    assert!(matches!(
        core.answer(&a, p3, &Response::Choice(vec![])),
        Err(Error::InvalidInput(_))
    ));
    assert_eq!(shown(p3).0, Some(Response::Choice(vec![0])));
    assert_eq!(core.clear_answer(&a, p3).unwrap().answered, 2);
    assert_eq!(shown(p3), (None, false));
    // Clearing keeps the flag; unflagging an unanswered position leaves nothing.
    assert_eq!(core.clear_answer(&a, p1).unwrap().answered, 1);
    assert_eq!(shown(p1), (None, true));
    assert_eq!(core.flag(&a, p1, false).unwrap().answered, 1);
    assert_eq!(shown(p1), (None, false));
    assert_eq!(core.flag(&a, p2, true).unwrap().answered, 1);
    assert_eq!(shown(p2), (Some(Response::Choice(vec![2])), true));

    // Out of time while the app is open: the tap is refused, nothing is written, and the
    // attempt is scored as of its deadline with what was saved.
    let left = core.remaining_seconds(&a).unwrap();
    clock.advance(left * 1000 + 1);
    let err = core.answer(&a, p3, &Response::Choice(vec![1])).unwrap_err();
    assert!(matches!(err, Error::TimeUp), "{err}");
    assert!(err.to_string().contains("time is up"), "{err}");
    let review = core.review(&a).unwrap();
    let answered: Vec<u32> = review
        .items
        .iter()
        .filter(|i| i.response.is_some())
        .map(|i| i.position)
        .collect();
    assert_eq!(answered, vec![p2], "only the saved answer was scored");
    let err = core.flag(&a, p3, true).unwrap_err();
    assert!(err.to_string().contains("time is up"), "{err}");
    assert!(matches!(
        core.answer("no-such-attempt", 1, &Response::Choice(vec![0]))
            .unwrap_err(),
        Error::NotFound(_)
    ));
}

#[test]
fn a_page_shows_its_positions_and_every_answer_is_checked_against_its_own_key() {
    let keys = keys_for(9, Locale::Kk);
    let dir = tempfile::tempdir().unwrap();
    let a = {
        let (core, _) = open_with_content(dir.path());
        core.start_exam(&unt(9, Locale::Kk)).unwrap().attempt
    };
    // A fresh open: no view has decoded any question of the attempt yet.
    let (core, _) = open(dir.path(), 7);
    let page = core.attempt_page(&a, 1, 5).unwrap();
    let positions: Vec<u32> = page.questions.iter().map(|q| q.position).collect();
    assert_eq!(positions, vec![1, 2, 3, 4, 5]);
    assert_eq!(page.sections.len(), 5, "the page still names every section");
    let last = core.attempt_page(&a, 118, 10).unwrap();
    let positions: Vec<u32> = last.questions.iter().map(|q| q.position).collect();
    assert_eq!(positions, vec![118, 119, 120], "cut at the last position");
    // Answers on the page and far outside it (never shown: its key is fetched alone), one right
    // and one wrong each.
    let n = |p: u32| {
        let q = &core.attempt_page(&a, p, 1).unwrap().questions[0];
        (q.kind, q.options.len())
    };
    for (pos, right) in [(2, true), (3, false), (60, true), (61, false)] {
        let key = &keys[pos as usize - 1];
        let response = if right {
            // Position 60 was never on a page: its key is fetched alone for this answer.
            key.clone()
        } else {
            let (kind, options) = n(pos);
            wrong_for(kind, key, options)
        };
        core.answer(&a, pos, &response).unwrap();
    }
    // A position never shown is still checked against its own question.
    let err = core.answer(&a, 70, &Response::Choice(vec![9])).unwrap_err();
    assert!(err.to_string().contains("option 9"), "{err}");
    // The page shows the recorded responses, as shown.
    let page = core.attempt_page(&a, 2, 2).unwrap();
    assert_eq!(page.questions[0].response.as_ref(), Some(&keys[1]));
    assert!(page.questions[1].response.is_some());
    // The same questions as the whole view, field for field.
    let whole = core.attempt(&a).unwrap();
    assert_eq!(page.questions[..], whole.questions[1..3]);
    let points: Vec<(u32, u32)> = core
        .submit(&a)
        .unwrap()
        .items
        .iter()
        .filter(|i| [2, 3, 60, 61].contains(&i.position))
        .map(|i| (i.position, i.points))
        .collect();
    assert_eq!(points.len(), 4);
    for (pos, p) in points {
        assert_eq!(p > 0, pos % 2 == 0, "position {pos} scored {p}");
    }
    // Bad pages are refused with the reason.
    for (first, count, needle) in [
        (0, 5, "position 0"),
        (121, 1, "position 121"),
        (1, 0, "count 0"),
    ] {
        let err = core.attempt_page(&a, first, count).unwrap_err();
        assert!(matches!(err, Error::InvalidInput(_)), "{err}");
        assert!(err.to_string().contains(needle), "{err}");
    }
    assert!(matches!(
        core.attempt_page("no-such-attempt", 1, 5).unwrap_err(),
        Error::NotFound(_)
    ));
}

/// The rows of content.db's stored assembly indexes: (exam, locale, bytes).
fn stored_indexes(dir: &std::path::Path) -> Vec<(String, String, i64)> {
    let conn = rusqlite::Connection::open(dir.join("content.db")).unwrap();
    let mut stmt = conn
        .prepare("SELECT exam, locale, length(data) FROM bank_index ORDER BY exam, locale")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn the_stored_bank_index_assembles_as_the_rows_do_and_an_import_drops_it() {
    let dir = tempfile::tempdir().unwrap();
    let questions = |core: &Qazstep, seed: u64| {
        let a = core.start_exam(&unt(seed, Locale::Kk)).unwrap().attempt;
        core.attempt(&a).unwrap().questions
    };
    let built = {
        let (core, _) = open_with_content(dir.path());
        assert!(
            stored_indexes(dir.path()).is_empty(),
            "nothing before an exam"
        );
        questions(&core, 11)
    };
    let stored = stored_indexes(dir.path());
    assert_eq!(stored.len(), 1);
    assert_eq!((stored[0].0.as_str(), stored[0].1.as_str()), ("unt", "kk"));
    // A new open reads the stored index: the same seed picks the same questions, same order.
    let (core, _) = open(dir.path(), 7);
    assert_eq!(questions(&core, 11), built);
    drop(core);
    // A damaged copy is refused and rebuilt from the rows: still the same exam.
    {
        let conn = rusqlite::Connection::open(dir.path().join("content.db")).unwrap();
        conn.execute("UPDATE bank_index SET data = substr(data, 1, 100)", [])
            .unwrap();
    }
    let (core, _) = open(dir.path(), 7);
    assert_eq!(questions(&core, 11), built);
    assert_eq!(stored_indexes(dir.path()), stored, "rebuilt whole");
    // An import changes the bank: the stored indexes go in its transaction.
    core.import_pack(&synthetic_pack("kk", 1, "extra").into_bytes())
        .unwrap();
    assert!(stored_indexes(dir.path()).is_empty());
    questions(&core, 12);
    assert_eq!(stored_indexes(dir.path()).len(), 1);
}

#[test]
fn an_index_built_from_rows_another_process_replaced_is_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _) = open_with_content(dir.path());
    let conn = rusqlite::Connection::open(dir.path().join("content.db")).unwrap();
    // Alone, the rows read and the copy written make one transaction that commits.
    let n = qazstep_core::store::bank::rebuild_index(&conn, Exam::Unt, Locale::Kk, |refs| {
        (refs.len(), b"copy".to_vec())
    })
    .unwrap();
    assert!(n > 0);
    assert_eq!(
        stored_indexes(dir.path()),
        vec![("unt".into(), "kk".into(), 4)]
    );
    conn.execute("DELETE FROM bank_index", []).unwrap();
    // Another connection imports after the rows were read: the stale copy is not kept, the
    // index built is still returned.
    let n2 = qazstep_core::store::bank::rebuild_index(&conn, Exam::Unt, Locale::Kk, |refs| {
        core.import_pack(&synthetic_pack("kk", 1, "meanwhile").into_bytes())
            .unwrap();
        (refs.len(), b"stale".to_vec())
    })
    .unwrap();
    assert_eq!(n2, n, "built from the rows before the import");
    assert!(
        stored_indexes(dir.path()).is_empty(),
        "no stale copy stored"
    );
    // The next rebuild sees the imported rows and keeps its copy.
    let n3 = qazstep_core::store::bank::rebuild_index(&conn, Exam::Unt, Locale::Kk, |refs| {
        (refs.len(), b"fresh".to_vec())
    })
    .unwrap();
    assert!(n3 > n, "{n3} > {n}");
    assert_eq!(stored_indexes(dir.path()).len(), 1);
}
