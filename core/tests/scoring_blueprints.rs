//! The shipped blueprints and the blueprint validator.

// Helpers outside #[test] fns unwrap too: a panic there is a failed test.
#![allow(clippy::unwrap_used)]

use qazstep_core::Error;
use qazstep_core::content::{Exam, Locale, QuestionKind};
use qazstep_core::exam::{Blueprint, BlueprintRegistry};
use serde_json::json;

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn bp(id: &str) -> Blueprint {
    Blueprint::embedded()
        .into_iter()
        .find(|b| b.id == id)
        .unwrap()
}

#[test]
fn every_shipped_blueprint_validates() {
    for (file, text) in Blueprint::embedded_sources() {
        if let Err(problems) = Blueprint::from_json(text) {
            panic!("{file}: {problems:#?}");
        }
    }
    let ids: Vec<String> = Blueprint::embedded().into_iter().map(|b| b.id).collect();
    assert_eq!(ids, ["pbb-2024", "unt-2024", "unt-2025", "unt-2026"]);
}

#[test]
fn file_names_match_ids_and_sources_carry_tags() {
    for (file, text) in Blueprint::embedded_sources() {
        let b = Blueprint::from_json(text).unwrap();
        assert_eq!(format!("{}.json", b.id), *file);
        let source = b.source.unwrap();
        assert!(source.contains("testcenter.kz"), "{file}");
        assert!(source.contains("[P]") && source.contains("[U]"), "{file}");
    }
}

#[test]
fn unt_has_120_items_140_points_in_spec_order() {
    for id in ["unt-2024", "unt-2025", "unt-2026"] {
        let b = bp(id);
        assert_eq!(b.exam, Exam::Unt);
        let sections = b.resolve_sections(&s(&["math", "physics"])).unwrap();
        let ids: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "history_kz",
                "math_literacy",
                "reading_literacy",
                "math",
                "physics"
            ]
        );
        assert_eq!(b.total_items(&sections), 120, "{id}");
        assert_eq!(b.max_total(&sections), 140, "{id}");
        let per_section: Vec<(u32, Option<u32>)> = sections
            .iter()
            .map(|s| (b.section_max(&s.slots), s.min_points))
            .collect();
        assert_eq!(
            per_section,
            [
                (20, Some(5)),
                (10, Some(3)),
                (10, Some(3)),
                (50, Some(5)),
                (50, Some(5))
            ]
        );
        assert_eq!(b.duration_minutes, 240);
        assert_eq!(b.extra_minutes, 40);
        assert_eq!(b.duration_minutes_for(&s(&["math", "physics"])), 240);
        assert_eq!(b.aids, ["calculator", "periodic_table", "solubility_table"]);
    }
}

#[test]
fn unt_profile_section_layout() {
    let b = bp("unt-2025");
    let sections = b.resolve_sections(&s(&["biology", "chemistry"])).unwrap();
    let profile = &sections[3];
    let layout: Vec<(QuestionKind, u32, bool, Option<u32>, u32)> = profile
        .slots
        .iter()
        .map(|sl| {
            (
                sl.kind,
                sl.items(),
                sl.is_context_group(),
                sl.options,
                b.points_for(sl),
            )
        })
        .collect();
    assert_eq!(
        layout,
        [
            (QuestionKind::Single, 25, false, Some(4), 1),
            (QuestionKind::Single, 5, true, Some(4), 1),
            (QuestionKind::Matching, 5, false, None, 2),
            (QuestionKind::Multiple, 5, false, Some(6), 2),
        ]
    );
    let history = &sections[0];
    assert_eq!(history.slots[1].contexts, Some(2));
    assert_eq!(history.slots[1].per_context, Some(5));
}

#[test]
fn unt_single_tasks_have_4_options_and_multiple_tasks_6() {
    // spec/exams.md §1 [C]: "Single-answer tasks have 4 options; 'one or more correct' tasks
    // have 6 options with at most 3 correct." A ҰБТ mock must not draw a 3- or 5-option single
    // task (a pack allows 2–5 for other uses).
    for id in ["unt-2024", "unt-2025", "unt-2026"] {
        let b = bp(id);
        for pair in &b.choices.allowed {
            for section in b.resolve_sections(pair).unwrap() {
                for (j, slot) in section.slots.iter().enumerate() {
                    let want = match slot.kind {
                        QuestionKind::Single => Some(4),
                        QuestionKind::Multiple => Some(6),
                        QuestionKind::Matching => None, // 2–6 prompts, up to 8 options [P]
                    };
                    assert_eq!(slot.options, want, "{id} {} slots[{j}]", section.id);
                }
            }
        }
    }
}

#[test]
fn unt_pairs_and_thresholds_are_the_spec_ones() {
    let b = bp("unt-2025");
    assert_eq!(b.choices.count, 2);
    let pairs: Vec<String> = b.choices.allowed.iter().map(|t| t.join("+")).collect();
    assert_eq!(
        pairs,
        [
            "math+physics",
            "math+informatics",
            "math+geography",
            "biology+chemistry",
            "biology+geography",
            "chemistry+physics",
            "geography+world_history",
            "world_history+law",
            "foreign_language+world_history",
            "geography+foreign_language",
            "kazakh_language+kazakh_literature",
            "russian_language+russian_literature",
        ]
    );
    let th: Vec<(&str, Option<u32>)> = b
        .thresholds
        .iter()
        .map(|t| (t.id.as_str(), t.min_total))
        .collect();
    assert_eq!(
        th,
        [
            ("other_universities", Some(50)),
            ("national_universities", Some(65)),
            ("agriculture_veterinary", Some(60)),
            ("medicine", Some(70)),
            ("pedagogy", Some(75)),
            ("law", Some(75)),
        ]
    );
}

#[test]
fn resolution_keeps_the_allowed_order() {
    let b = bp("unt-2025");
    let a = b.resolve_sections(&s(&["physics", "math"])).unwrap();
    let c = b.resolve_sections(&s(&["math", "physics"])).unwrap();
    assert_eq!(a, c);
    assert_eq!(a[3].id, "math");
    assert_eq!(a[4].id, "physics");
    assert_eq!(a[3].subject, "math");
}

#[test]
fn unknown_pair_is_refused_with_the_allowed_list() {
    let b = bp("unt-2025");
    for chosen in [
        s(&["math", "law"]),
        s(&["math"]),
        s(&[]),
        s(&["math", "physics", "chemistry"]),
        s(&["math", "math"]),
    ] {
        match b.resolve_sections(&chosen) {
            Err(Error::InvalidInput(msg)) => {
                assert!(
                    msg.contains("allowed: math+physics, math+informatics"),
                    "{msg}"
                );
            }
            other => panic!("{chosen:?}: {other:?}"),
        }
    }
    let Err(Error::InvalidInput(msg)) = b.resolve_sections(&s(&["math", "law"])) else {
        panic!()
    };
    assert!(msg.contains("\"math+law\""), "{msg}");
}

#[test]
fn pbb_blocks_durations_and_categories() {
    let b = bp("pbb-2024");
    assert_eq!(b.exam, Exam::Pbb);
    assert_eq!(b.choices.count, 1);
    // exams.md: ПББ is held in Kazakh or Russian; ҰБТ in Kazakh, Russian or English.
    assert_eq!(b.languages, [Locale::Kk, Locale::Ru]);
    for unt in ["unt-2024", "unt-2025", "unt-2026"] {
        assert_eq!(
            bp(unt).languages,
            [Locale::Kk, Locale::Ru, Locale::En],
            "{unt}"
        );
    }
    for subject in [
        "math",
        "physics",
        "chemistry",
        "informatics",
        "biology",
        "geography",
        "history_kz",
        "world_history",
        "kazakh_language",
        "russian_language",
    ] {
        let sections = b.resolve_sections(&s(&[subject])).unwrap();
        let ids: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["subject_knowledge", "teaching_methodology"]);
        assert_eq!(sections[0].subject, subject);
        assert_eq!(b.section_max(&sections[0].slots), 30);
        assert_eq!(b.section_max(&sections[1].slots), 20);
        assert_eq!(b.total_items(&sections), 50);
        assert_eq!(b.max_total(&sections), 50);
        assert!(sections.iter().all(|s| s.min_points.is_none()));
        let expected = if ["math", "physics", "chemistry", "informatics"].contains(&subject) {
            125
        } else {
            90
        };
        assert_eq!(
            b.duration_minutes_for(&s(&[subject])),
            expected,
            "{subject}"
        );
    }
    let cats: Vec<(&str, Option<u32>, u32)> = b
        .thresholds
        .iter()
        .map(|t| (t.id.as_str(), t.min_percent, t.min_total_for(50)))
        .collect();
    assert_eq!(
        cats,
        [
            ("pedagog", Some(50), 25),
            ("moderator", Some(60), 30),
            ("expert", Some(70), 35),
            ("researcher", Some(80), 40),
            ("master", Some(90), 45),
            ("head", Some(70), 35),
        ]
    );
}

#[test]
fn registry_overrides_by_revision_and_lists_ids_when_not_found() {
    let mut newer = bp("unt-2025");
    newer.revision = 2;
    newer.thresholds[0].min_total = Some(55);
    let mut older = bp("pbb-2024");
    older.revision = 0;
    older.duration_minutes = 1;
    let mut fresh = bp("unt-2025");
    fresh.id = "unt-2027".into();
    let reg = BlueprintRegistry::new(vec![newer, older, fresh]);
    assert_eq!(reg.get("unt-2025").unwrap().revision, 2);
    assert_eq!(
        reg.get("unt-2025").unwrap().thresholds[0].min_total,
        Some(55)
    );
    assert_eq!(reg.get("pbb-2024").unwrap().duration_minutes, 90);
    let ids: Vec<&str> = reg.list().iter().map(|b| b.id.as_str()).collect();
    assert_eq!(
        ids,
        ["pbb-2024", "unt-2024", "unt-2025", "unt-2026", "unt-2027"]
    );

    // An equal revision never replaces the one in use (spec/content-pack.md: only a newer one
    // does); of equal revisions among extras the first stays.
    let same = bp("unt-2024");
    let mut same_rev = same.clone();
    same_rev.extra_minutes = 0;
    let reg = BlueprintRegistry::new(vec![same_rev.clone()]);
    assert_eq!(reg.get("unt-2024").unwrap(), &same);
    let mut first = same.clone();
    first.revision = 2;
    let mut second = first.clone();
    second.extra_minutes = 0;
    let reg = BlueprintRegistry::new(vec![first.clone(), second]);
    assert_eq!(reg.get("unt-2024").unwrap(), &first);

    match BlueprintRegistry::default().get("unt-1999") {
        Err(Error::NotFound(msg)) => assert_eq!(
            msg,
            "unknown blueprint \"unt-1999\"; available: pbb-2024, unt-2024, unt-2025, unt-2026"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_serialized_blueprint_validates_back_to_itself() {
    for b in Blueprint::embedded() {
        let v = serde_json::to_value(&b).unwrap();
        assert_eq!(Blueprint::from_value(&v).unwrap(), b);
    }
}

fn minimal() -> serde_json::Value {
    json!({
        "id": "mini", "exam": "unt", "revision": 1, "year": 2025,
        "name": {"kk": "Мини", "ru": "Мини"},
        "duration_minutes": 10,
        "scoring": {"single": {"points": 1, "by_mistakes": [1]}},
        "sections": [{"subject": "math", "slots": [{"kind": "single", "count": 3}]}],
        "thresholds": [{"id": "half", "name": {"kk": "a", "ru": "b"}, "min_percent": 50}]
    })
}

fn problems(v: &serde_json::Value) -> Vec<String> {
    match Blueprint::from_value(v) {
        Ok(_) => Vec::new(),
        Err(ps) => ps.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_minimal_blueprint_validates_with_defaults() {
    let b = Blueprint::from_value(&minimal()).unwrap();
    assert_eq!(b.extra_minutes, 0);
    assert_eq!(b.choices.count, 0);
    assert!(b.aids.is_empty());
    assert_eq!(b.languages, [Locale::Kk, Locale::Ru, Locale::En]);
    let sections = b.resolve_sections(&[]).unwrap();
    assert_eq!(b.max_total(&sections), 3);
    assert!(b.resolve_sections(&s(&["math"])).is_err());
}

#[test]
fn a_broken_blueprint_yields_every_problem_with_its_path() {
    let v = json!({
        "id": "Bad Id", "exam": "sat", "revision": 0, "year": 2025,
        "name": {"kk": "", "ru": "x", "de": "y"},
        "duration_minutes": 0,
        "languages": ["kk", "de", "kk", 3],
        "colour": "red",
        "scoring": {
            "single": {"points": 1, "by_mistakes": [1]},
            "multiple": {"points": 2, "by_mistakes": [2, 3]},
            "essay": {"points": 5, "by_mistakes": [5]}
        },
        "choices": {"count": 2, "allowed": [["math", "physics"], ["physics", "math"], ["math"]]},
        "sections": [
            {"subject": "history_kz", "min_points": 50, "slots": [{"kind": "single", "count": 10}]},
            {"subject": "$1", "slots": [{"kind": "single", "count": 0}, {"kind": "matching", "contexts": 2}]},
            {"subject": "$3", "slots": [{"kind": "single", "count": 5, "contexts": 1, "per_context": 5}]},
            {"subject": "history_kz", "slots": []}
        ],
        "thresholds": [
            {"id": "a", "name": {"kk": "a", "ru": "a"}, "min_total": 500},
            {"id": "a", "name": {"kk": "a", "ru": "a"}, "min_total": 5, "min_percent": 10}
        ]
    });
    let ps = problems(&v);
    let expected = [
        "id: \"Bad Id\" is not a blueprint id",
        "exam: unknown exam \"sat\"",
        "revision: must be ≥ 1",
        "name.kk: must not be empty",
        "name.de: unknown field",
        "duration_minutes: must be ≥ 1",
        "languages[1]: unknown language \"de\"; expected kk, ru or en",
        "languages[2]: language \"kk\" is listed twice",
        "languages[3]: ",
        "colour: unknown field",
        "scoring.multiple.by_mistakes[1]: 3 is more than by_mistakes[0] (2)",
        "scoring.essay: unknown field",
        "choices.allowed[1]: repeats allowed[0]",
        "choices.allowed[2]: must list exactly 2 subject(s)",
        "sections[0].min_points: 50 is more than the section's maximum (10 points)",
        "sections[1].slots[0].count: must be ≥ 1",
        "sections[1].slots[1].per_context: missing required field",
        "sections[2].subject: $3 refers to chosen subject 3, but choices.count is 2",
        "sections[2].slots[0].count: give either count, or contexts and per_context, not both",
        "sections[3].slots: must list at least one slot",
        "thresholds[1].id: threshold id \"a\" repeats thresholds[0]",
        "thresholds[1]: give exactly one of min_total and min_percent, not both",
    ];
    for e in expected {
        assert!(
            ps.iter().any(|p| p.starts_with(e)),
            "missing {e:?} in {ps:#?}"
        );
    }
    assert!(ps.len() >= expected.len(), "{ps:#?}");
}

/// A number out of bounds is told the bound that applies to it (a revision of -1 used to read
/// "must be a whole number ≥ 0").
#[test]
fn number_messages_state_the_bound_that_applies() {
    let mut v = minimal();
    v["revision"] = json!(-1);
    v["duration_minutes"] = json!(4_294_967_296u64);
    v["year"] = json!(2.5);
    assert_eq!(
        problems(&v),
        [
            "revision: must be a whole number ≥ 1, found -1",
            "year: must be a whole number ≥ 0, found 2.5",
            "duration_minutes: must be at most 4294967295",
        ]
    );
}

#[test]
fn cross_field_problems_are_reported() {
    // Matching used without a rule; duplicate section ids; unused choice; unreachable threshold;
    // a $1 that can resolve onto a fixed section.
    let mut v = minimal();
    v["choices"] = json!({"count": 2, "allowed": [["math", "physics"], ["history_kz", "physics"]]});
    v["sections"] = json!([
        {"subject": "history_kz", "slots": [{"kind": "matching", "count": 1}]},
        {"subject": "$1", "slots": [{"kind": "single", "count": 1}]},
        {"id": "history_kz", "subject": "biology", "slots": [{"kind": "single", "count": 1}]}
    ]);
    v["thresholds"] = json!([{"id": "x", "name": {"kk": "a", "ru": "b"}, "min_total": 99}]);
    v["duration_by_subject"] = json!({"chemistry": 100});
    let ps = problems(&v);
    for e in [
        "sections[0].slots[0].kind: the blueprint's scoring has no rule for kind \"matching\"",
        "sections[2].id: section id \"history_kz\" repeats sections[0]",
        "choices.count: chosen subject $2 is not used by any section",
        "sections[1].subject: resolves to section id \"history_kz\" for the choice history_kz+physics",
        "duration_by_subject.chemistry: subject \"chemistry\" is neither a section nor an allowed choice",
    ] {
        assert!(
            ps.iter().any(|p| p.starts_with(e)),
            "missing {e:?} in {ps:#?}"
        );
    }

    let mut v = minimal();
    v["thresholds"] = json!([{"id": "x", "name": {"kk": "a", "ru": "b"}, "min_total": 4}]);
    assert_eq!(
        problems(&v),
        ["thresholds[0].min_total: 4 is more than the maximum total (3 points)"]
    );
}

#[test]
fn scoring_rules_are_checked() {
    let mut v = minimal();
    v["scoring"] = json!({"single": {"points": 2, "by_mistakes": [1, 2]}});
    let ps = problems(&v);
    assert!(
        ps.iter().any(|p| p.starts_with(
            "scoring.single.by_mistakes[0]: 0 mistakes must be worth the full points (2), found 1"
        )),
        "{ps:#?}"
    );
    assert!(
        ps.iter()
            .any(|p| p.starts_with("scoring.single.by_mistakes[1]:")),
        "{ps:#?}"
    );

    v["scoring"] = json!({"single": {"points": 1, "by_mistakes": []}});
    assert_eq!(
        problems(&v),
        ["scoring.single.by_mistakes: must list at least the points for 0 mistakes"]
    );
}

#[test]
fn shape_and_syntax_errors_are_problems_not_panics() {
    for (text, start) in [
        ("", "$: malformed JSON: the document is empty"),
        (" {", "$: malformed JSON at line 1 column 2"),
        ("[]", "$: must be an object, found an array"),
        ("{\"id\": 1}", "id: must be a string"),
    ] {
        let ps = Blueprint::from_json(text).unwrap_err();
        assert!(ps[0].to_string().starts_with(start), "{text}: {ps:?}");
    }
    let ps = Blueprint::from_json("{}").unwrap_err();
    let paths: Vec<&str> = ps.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "id",
            "exam",
            "revision",
            "year",
            "name",
            "duration_minutes",
            "scoring",
            "sections"
        ]
    );
    assert!(ps.iter().all(|p| p.message == "missing required field"));
}

#[test]
fn an_empty_language_list_is_refused() {
    let mut v = minimal();
    v["languages"] = json!([]);
    assert_eq!(
        problems(&v),
        ["languages: must list at least one language (kk, ru, en)"]
    );
}

#[test]
fn sections_and_choices_name_only_subjects_of_the_spec() {
    let mut v = minimal();
    v["choices"] = json!({"count": 1, "allowed": [["math"], ["alchemy"]]});
    v["sections"] = json!([
        {"subject": "alchemy", "slots": [{"kind": "single", "count": 1}]},
        {"id": "chosen", "subject": "$1", "slots": [{"kind": "single", "count": 1}]}
    ]);
    let ps = problems(&v);
    assert_eq!(ps.len(), 2, "{ps:#?}");
    assert!(
        ps[0].starts_with(
            "choices.allowed[1][0]: unknown subject code \"alchemy\" (format 1 knows: biology, "
        ),
        "{ps:#?}"
    );
    assert!(
        ps[1].starts_with("sections[0].subject: unknown subject code \"alchemy\""),
        "{ps:#?}"
    );
    // Every code of the spec is accepted (the shipped blueprints use most of them).
    v["choices"] = json!({"count": 1, "allowed": [["math"], ["teaching_methodology"]]});
    v["sections"][0]["subject"] = json!("reading_literacy");
    assert_eq!(problems(&v), Vec::<String>::new());
}
