//! The starter content in `content/packs`: every pack validates, each language holds two
//! disjoint ҰБТ mocks (math + physics) and a ПББ mathematics mock, and the items meet the
//! authoring rules (content/README.md).
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{HashMap, HashSet};

use common::*;
use qazstep_core::content::{Locale, Question, QuestionKind, parse_pack};
use qazstep_core::{Qazstep, StartExam};

const AREAS: [&str; 7] = [
    "history_kz",
    "math_literacy",
    "reading_literacy",
    "math",
    "physics",
    "pbb_math",
    "pbb_methodology",
];

fn all_questions() -> Vec<(String, Question)> {
    let mut out = Vec::new();
    for path in starter_packs() {
        let bytes = std::fs::read(&path).unwrap();
        let v = Qazstep::validate_pack(&bytes).unwrap_or_else(|ps| {
            panic!(
                "{}: {}",
                path.display(),
                ps.iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
        let locale = v.pack.locale.code().to_string();
        out.extend(v.pack.questions.into_iter().map(|q| (locale.clone(), q)));
    }
    out
}

#[test]
fn every_area_exists_in_both_languages_and_validates() {
    for locale in ["kk", "ru"] {
        for area in AREAS {
            let path = repo().join(format!("content/packs/{locale}/{area}.json"));
            let bytes =
                std::fs::read(&path).unwrap_or_else(|_| panic!("missing {}", path.display()));
            let v = parse_pack(&bytes).unwrap_or_else(|ps| panic!("{}: {:?}", path.display(), ps));
            assert_eq!(v.pack.id, format!("kz.qazstep.starter.{locale}.{area}"));
            assert_eq!(v.pack.locale, Locale::parse(locale).unwrap());
            assert!(
                v.warnings.is_empty(),
                "{}: {:?}",
                path.display(),
                v.warnings
            );
        }
    }
}

#[test]
fn items_meet_the_authoring_rules() {
    let questions = all_questions();
    assert!(questions.len() >= 2 * 290, "{} items", questions.len());
    let mut stems = HashSet::new();
    for (locale, q) in &questions {
        assert!(
            stems.insert((locale.clone(), q.stem.trim().to_lowercase())),
            "stem repeated: {}",
            q.id
        );
        assert!(
            q.explanation
                .as_deref()
                .is_some_and(|e| e.trim().len() > 10),
            "{}: explanation",
            q.id
        );
        assert!(
            q.source.as_deref().is_some_and(|s| !s.trim().is_empty()),
            "{}: source",
            q.id
        );
        assert!(q.group.is_some(), "{}: group", q.id);
        let distinct: HashSet<String> = q.options.iter().map(|o| o.trim().to_lowercase()).collect();
        assert_eq!(
            distinct.len(),
            q.options.len(),
            "{}: options not distinct",
            q.id
        );
        match q.kind {
            QuestionKind::Single => {
                assert_eq!((q.options.len(), q.correct.len()), (4, 1), "{}", q.id)
            }
            QuestionKind::Multiple => {
                assert_eq!(q.options.len(), 6, "{}", q.id);
                assert!((1..=3).contains(&q.correct.len()), "{}", q.id);
            }
            QuestionKind::Matching => {
                assert!(
                    q.prompts.len() >= 2 && q.options.len() > q.prompts.len(),
                    "{}",
                    q.id
                );
                let keys: HashSet<u32> = q.correct.iter().copied().collect();
                assert_eq!(
                    keys.len(),
                    q.correct.len(),
                    "{}: two prompts share an option",
                    q.id
                );
            }
        }
        assert!((1..=5).contains(&q.difficulty));
    }
    // Difficulty spread 1–5 in every area of each language.
    for d in 1..=5u8 {
        assert!(
            questions.iter().any(|(_, q)| q.difficulty == d),
            "no item of difficulty {d}"
        );
    }
}

#[test]
fn translation_groups_link_twins_with_the_same_key() {
    let questions = all_questions();
    let mut groups: HashMap<&str, Vec<(&str, &Question)>> = HashMap::new();
    for (locale, q) in &questions {
        groups
            .entry(q.group.as_deref().unwrap())
            .or_default()
            .push((locale, q));
    }
    for (group, items) in groups {
        assert_eq!(items.len(), 2, "group {group} has {} items", items.len());
        let (a, b) = (items[0], items[1]);
        assert_ne!(a.0, b.0, "group {group} links two items of one language");
        assert_eq!(a.1.kind, b.1.kind, "{group}: kind");
        assert_eq!(
            a.1.options.len(),
            b.1.options.len(),
            "{group}: option count"
        );
        assert_eq!(
            a.1.prompts.len(),
            b.1.prompts.len(),
            "{group}: prompt count"
        );
        assert_eq!(a.1.correct, b.1.correct, "{group}: key");
        assert_eq!(a.1.topic, b.1.topic, "{group}: topic");
        assert_eq!(
            a.1.context.is_some(),
            b.1.context.is_some(),
            "{group}: context"
        );
    }
}

#[test]
fn each_language_assembles_two_disjoint_unt_mocks_and_a_pbb_mock() {
    let dir = tempfile::tempdir().unwrap();
    let (core, clock) = open_with_content(dir.path());
    for locale in [Locale::Kk, Locale::Ru] {
        let mut used: HashSet<String> = HashSet::new();
        for seed in [1, 2] {
            clock.advance(24 * 3600 * 1000); // one mock a day
            let a = core
                .start_exam(&StartExam {
                    blueprint: "unt-2025".into(),
                    subjects: vec!["math".into(), "physics".into()],
                    category: None,
                    locale,
                    seed: Some(seed),
                    extra_time: false,
                })
                .unwrap_or_else(|e| panic!("{locale:?} mock {seed}: {e}"));
            assert_eq!(a.questions, 120);
            // Answer everything so the next assembly sees these as seen.
            let review = {
                core.submit(&a.attempt).unwrap();
                core.review(&a.attempt).unwrap()
            };
            for item in review.items {
                assert!(
                    used.insert(item.stem.clone()),
                    "{locale:?}: question repeated across mocks: {}",
                    item.stem
                );
            }
        }
        let p = core
            .start_exam(&StartExam {
                blueprint: "pbb-2024".into(),
                subjects: vec!["math".into()],
                category: Some("expert".into()),
                locale,
                seed: Some(1),
                extra_time: false,
            })
            .unwrap_or_else(|e| panic!("{locale:?} ПББ: {e}"));
        assert_eq!(p.questions, 50);
    }
}

#[test]
fn the_facade_opens_content_db_as_the_bank_does() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _clock) = open_with_content(dir.path());
    drop(core);
    let conn = rusqlite::Connection::open(dir.path().join(qazstep_core::CONTENT_DB)).unwrap();
    let page_size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        page_size,
        i64::from(qazstep_core::store::bank::CONTENT_PAGE_SIZE)
    );
}
