//! Table tests for every scoring rule of spec/exams.md and the scoring case of spec/cli.md.

// Helpers outside #[test] fns unwrap too: a panic there is a failed test.
#![allow(clippy::unwrap_used)]

use qazstep_core::Error;
use qazstep_core::content::QuestionKind::{self, Matching, Multiple, Single};
use qazstep_core::exam::{Blueprint, BlueprintRegistry, ResolvedSection};
use qazstep_core::scoring::{
    ItemKey, ItemToScore, Response, mistakes, parse_case, parse_response, score, score_case,
    score_item, validate_response,
};

fn bp(id: &str) -> Blueprint {
    Blueprint::embedded()
        .into_iter()
        .find(|b| b.id == id)
        .unwrap()
}

fn key(kind: QuestionKind, options: u32, prompts: u32, correct: &[u32]) -> ItemKey {
    ItemKey {
        kind,
        options,
        prompts,
        correct: correct.to_vec(),
    }
}

fn ch(v: &[u32]) -> Response {
    Response::Choice(v.to_vec())
}

fn mt(v: &[(u32, u32)]) -> Response {
    Response::Matching(v.to_vec())
}

#[test]
fn single_right_wrong_empty() {
    let b = bp("unt-2025");
    let k = key(Single, 4, 0, &[2]);
    for (r, m, pts) in [
        (Some(ch(&[2])), Some(0), 1),
        (Some(ch(&[1])), Some(1), 0),
        (Some(ch(&[])), None, 0),
        (None, None, 0),
    ] {
        if let Some(r) = &r {
            assert_eq!(mistakes(&k, r), m, "{r:?}");
        }
        assert_eq!(score_item(&b, &k, r.as_ref(), None), pts, "{r:?}");
    }
}

#[test]
fn multiple_partial_credit() {
    let b = bp("unt-2025");
    let k = key(Multiple, 6, 0, &[0, 3, 5]);
    for (r, m, pts) in [
        (ch(&[0, 3, 5]), Some(0), 2),
        (ch(&[5, 0, 3]), Some(0), 2),
        (ch(&[0, 3]), Some(1), 1),             // one correct missing
        (ch(&[0, 3, 5, 1]), Some(1), 1),       // one wrong added
        (ch(&[0]), Some(2), 0),                // two missing
        (ch(&[0, 3, 1]), Some(2), 0),          // one missing, one wrong
        (ch(&[1, 2, 4]), Some(6), 0),          // all wrong
        (ch(&[0, 1, 2, 3, 4, 5]), Some(3), 0), // all 6 chosen
        (ch(&[]), None, 0),
    ] {
        assert_eq!(mistakes(&k, &r), m, "{r:?}");
        assert_eq!(score_item(&b, &k, Some(&r), None), pts, "{r:?}");
    }
    // One correct option: choosing all 6 is 5 mistakes.
    let k1 = key(Multiple, 6, 0, &[4]);
    assert_eq!(mistakes(&k1, &ch(&[0, 1, 2, 3, 4, 5])), Some(5));
    assert_eq!(score_item(&b, &k1, Some(&ch(&[0, 1, 2, 3, 4, 5])), None), 0);
    assert_eq!(score_item(&b, &k1, Some(&ch(&[4, 2])), None), 1);
}

#[test]
fn matching_partial_credit() {
    let b = bp("unt-2025");
    // Two prompts: one point per correct pair.
    let k2 = key(Matching, 4, 2, &[1, 3]);
    for (r, m, pts) in [
        (mt(&[(0, 1), (1, 3)]), Some(0), 2),
        (mt(&[(1, 3), (0, 1)]), Some(0), 2),
        (mt(&[(0, 1), (1, 2)]), Some(1), 1),
        (mt(&[(0, 0), (1, 3)]), Some(1), 1),
        (mt(&[(0, 1)]), Some(1), 1), // prompt 1 unmatched
        (mt(&[(0, 2), (1, 2)]), Some(2), 0),
        (mt(&[]), None, 0),
        (ch(&[]), None, 0), // `[]` in JSON is read as an empty choice: still unanswered
    ] {
        assert_eq!(mistakes(&k2, &r), m, "{r:?}");
        assert_eq!(score_item(&b, &k2, Some(&r), None), pts, "{r:?}");
    }
    // Four prompts, eight options.
    let k4 = key(Matching, 8, 4, &[7, 0, 3, 3]);
    for (r, m, pts) in [
        (mt(&[(0, 7), (1, 0), (2, 3), (3, 3)]), Some(0), 2),
        (mt(&[(0, 7), (1, 0), (2, 3), (3, 4)]), Some(1), 1),
        (mt(&[(0, 7), (1, 0), (2, 3)]), Some(1), 1),
        (mt(&[(0, 7), (1, 0)]), Some(2), 0),
        (mt(&[(0, 6), (1, 1), (2, 3), (3, 3)]), Some(2), 0),
    ] {
        assert_eq!(mistakes(&k4, &r), m, "{r:?}");
        assert_eq!(score_item(&b, &k4, Some(&r), None), pts, "{r:?}");
    }
}

#[test]
fn invalid_responses_are_refused_and_worth_nothing() {
    let b = bp("unt-2025");
    let single = key(Single, 4, 0, &[2]);
    let multi = key(Multiple, 6, 0, &[0, 3]);
    let matching = key(Matching, 4, 2, &[1, 3]);
    for (k, r, msg) in [
        (&single, ch(&[7]), "option 7 does not exist (4 options)"),
        (
            &single,
            ch(&[2, 1]),
            "a single-answer task takes one option, 2 were given",
        ),
        (&multi, ch(&[0, 0]), "option 0 is chosen twice"),
        (&multi, ch(&[0, 6]), "option 6 does not exist (6 options)"),
        (
            &matching,
            mt(&[(2, 0)]),
            "prompt 2 does not exist (2 prompts)",
        ),
        (
            &matching,
            mt(&[(0, 4)]),
            "option 4 does not exist (4 options)",
        ),
        (
            &matching,
            mt(&[(0, 1), (0, 3)]),
            "prompt 0 is matched twice",
        ),
        (
            &matching,
            ch(&[1, 3]),
            "a matching task takes [prompt, option] pairs",
        ),
        (
            &multi,
            mt(&[(0, 0)]),
            "a multiple task takes a list of option indexes",
        ),
    ] {
        match validate_response(k, &r) {
            Err(Error::InvalidInput(m)) => assert!(m.starts_with(msg), "{m}"),
            other => panic!("{r:?}: {other:?}"),
        }
        assert_eq!(score_item(&b, k, Some(&r), None), 0, "{r:?}");
        assert_ne!(mistakes(k, &r), Some(0), "{r:?}");
    }
    // The same option may answer two prompts.
    assert!(validate_response(&matching, &mt(&[(0, 1), (1, 1)])).is_ok());
    assert!(validate_response(&single, &ch(&[])).is_ok());
}

#[test]
fn points_override_scales_the_rule() {
    let b = bp("unt-2025");
    let k = key(Multiple, 6, 0, &[0, 3]);
    assert_eq!(score_item(&b, &k, Some(&ch(&[0, 3])), Some(4)), 4);
    assert_eq!(score_item(&b, &k, Some(&ch(&[0])), Some(4)), 2);
    assert_eq!(score_item(&b, &k, Some(&ch(&[0])), Some(3)), 1);
    assert_eq!(score_item(&b, &k, Some(&ch(&[0])), Some(2)), 1);
    // pbb-2024 has no rule for multiple: nothing to earn.
    assert_eq!(score_item(&bp("pbb-2024"), &k, Some(&ch(&[0, 3])), None), 0);
}

/// A full attempt on `chosen`, every item of kind single/multiple/matching, answered by `answer`
/// (true = right, false = wrong, None = unanswered) in position order.
fn attempt(
    b: &Blueprint,
    chosen: &[&str],
    mut answer: impl FnMut(u32, &str) -> Option<bool>,
) -> (Vec<ResolvedSection>, Vec<ItemToScore>) {
    let chosen: Vec<String> = chosen.iter().map(|s| s.to_string()).collect();
    let sections = b.resolve_sections(&chosen).unwrap();
    let mut items = Vec::new();
    let mut pos = 0;
    for s in &sections {
        for slot in &s.slots {
            for _ in 0..slot.items() {
                pos += 1;
                let k = match slot.kind {
                    Single => key(Single, 4, 0, &[1]),
                    Multiple => key(Multiple, 6, 0, &[0, 2]),
                    Matching => key(Matching, 4, 2, &[3, 0]),
                };
                let response = answer(pos, &s.id).map(|right| match (slot.kind, right) {
                    (Single, true) => ch(&[1]),
                    (Single, false) => ch(&[0]),
                    (Multiple, true) => ch(&[0, 2]),
                    (Multiple, false) => ch(&[4, 5]),
                    (Matching, true) => mt(&[(0, 3), (1, 0)]),
                    (Matching, false) => mt(&[(0, 0), (1, 3)]),
                });
                items.push(ItemToScore {
                    position: pos,
                    section: s.id.clone(),
                    key: k,
                    response,
                    max_points: b.points_for(slot),
                });
            }
        }
    }
    (sections, items)
}

fn met(r: &qazstep_core::scoring::ScoreReport) -> Vec<&str> {
    r.thresholds
        .iter()
        .filter(|t| t.met)
        .map(|t| t.id.as_str())
        .collect()
}

#[test]
fn unt_full_attempt_totals_and_thresholds() {
    let b = bp("unt-2025");
    let (sections, items) = attempt(&b, &["math", "physics"], |_, _| Some(true));
    assert_eq!(items.len(), 120);
    let r = score(&b, &sections, &items);
    assert_eq!((r.total, r.max_total), (140, 140));
    assert_eq!(r.items.len(), 120);
    assert_eq!(r.items[119].position, 120);
    assert_eq!(met(&r).len(), 6);
    let secs: Vec<(&str, u32, u32, Option<u32>)> = r
        .sections
        .iter()
        .map(|s| (s.section.as_str(), s.score, s.max, s.min_required))
        .collect();
    assert_eq!(
        secs,
        [
            ("history_kz", 20, 20, Some(5)),
            ("math_literacy", 10, 10, Some(3)),
            ("reading_literacy", 10, 10, Some(3)),
            ("math", 50, 50, Some(5)),
            ("physics", 50, 50, Some(5)),
        ]
    );

    // 65 points exactly, spread so every section passes: national (65) met, medicine (70) not.
    let quotas = [
        ("history_kz", 15u32),
        ("math_literacy", 10),
        ("reading_literacy", 10),
        ("math", 15),
        ("physics", 15),
    ];
    let mut used = std::collections::BTreeMap::<String, u32>::new();
    let (sections, items) = attempt(&b, &["math", "physics"], |_, section| {
        let quota = quotas.iter().find(|(s, _)| *s == section).unwrap().1;
        let n = used.entry(section.to_string()).or_default();
        *n += 1;
        Some(*n <= quota)
    });
    let r = score(&b, &sections, &items);
    assert_eq!(r.total, 65);
    assert!(r.all_sections_passed());
    assert_eq!(
        met(&r),
        [
            "other_universities",
            "national_universities",
            "agriculture_veterinary"
        ]
    );
}

#[test]
fn a_failed_section_minimum_fails_every_threshold() {
    let b = bp("unt-2025");
    // Everything right except History of Kazakhstan, where only 4 of 20 are right (min 5).
    let (sections, items) = attempt(&b, &["biology", "chemistry"], |pos, section| {
        Some(section != "history_kz" || pos <= 4)
    });
    let r = score(&b, &sections, &items);
    assert_eq!(r.total, 124);
    let h = &r.sections[0];
    assert_eq!((h.score, h.min_required, h.passed), (4, Some(5), false));
    assert!(met(&r).is_empty(), "{:?}", r.thresholds);
    assert!(r.thresholds.iter().all(|t| !t.met));
    // The threshold list is complete even when nothing is met.
    assert_eq!(r.thresholds.len(), 6);

    // One more right answer there and every threshold is met.
    let (sections, items) = attempt(&b, &["biology", "chemistry"], |pos, section| {
        Some(section != "history_kz" || pos <= 5)
    });
    assert_eq!(met(&score(&b, &sections, &items)).len(), 6);
}

#[test]
fn pbb_categories_by_percent() {
    let b = bp("pbb-2024");
    for (right, expected) in [
        (24u32, vec![]),
        (25, vec!["pedagog"]),
        (30, vec!["pedagog", "moderator"]),
        (35, vec!["pedagog", "moderator", "expert", "head"]),
        (
            40,
            vec!["pedagog", "moderator", "expert", "researcher", "head"],
        ),
        (
            45,
            vec![
                "pedagog",
                "moderator",
                "expert",
                "researcher",
                "master",
                "head",
            ],
        ),
        (
            50,
            vec![
                "pedagog",
                "moderator",
                "expert",
                "researcher",
                "master",
                "head",
            ],
        ),
    ] {
        let (sections, items) = attempt(&b, &["biology"], |pos, _| Some(pos <= right));
        assert_eq!(items.len(), 50);
        let r = score(&b, &sections, &items);
        assert_eq!((r.total, r.max_total), (right, 50));
        assert_eq!(met(&r), expected, "{right}/50");
        let mins: Vec<u32> = r.thresholds.iter().map(|t| t.min_total).collect();
        assert_eq!(mins, [25, 30, 35, 40, 45, 35]);
        // No block minimums: sections report null.
        assert!(
            r.sections
                .iter()
                .all(|s| s.min_required.is_none() && s.passed)
        );
    }
}

#[test]
fn empty_attempt_scores_zero_and_meets_nothing() {
    for id in ["unt-2025", "pbb-2024"] {
        let b = bp(id);
        let chosen: &[&str] = if id == "pbb-2024" {
            &["math"]
        } else {
            &["math", "physics"]
        };
        let (sections, items) = attempt(&b, chosen, |_, _| None);
        let r = score(&b, &sections, &items);
        assert_eq!(r.total, 0);
        assert!(met(&r).is_empty());
    }
}

#[test]
fn report_json_keys_are_the_contract() {
    let b = bp("unt-2025");
    let (sections, items) = attempt(&b, &["math", "physics"], |pos, _| Some(pos % 2 == 0));
    let v = serde_json::to_value(score(&b, &sections, &items)).unwrap();
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&v),
        ["items", "max_total", "sections", "thresholds", "total"]
    );
    assert_eq!(
        keys(&v["sections"][0]),
        ["max", "min_required", "passed", "score", "section"]
    );
    assert_eq!(
        keys(&v["items"][0]),
        ["max_points", "points", "position", "section"]
    );
    assert_eq!(keys(&v["thresholds"][0]), ["id", "met", "min_total"]);

    let b = bp("pbb-2024");
    let (sections, items) = attempt(&b, &["math"], |_, _| Some(true));
    let v = serde_json::to_value(score(&b, &sections, &items)).unwrap();
    assert!(v["sections"][0]["min_required"].is_null());
}

/// The example of spec/cli.md "Scoring case", verbatim.
const CLI_CASE: &str = r#"{"blueprint": "unt-2025",
 "items": [
   {"section": "math", "kind": "multiple", "options": 6, "correct": [0, 3], "response": [0]},
   {"section": "math", "kind": "matching", "prompts": 2, "options": 4, "correct": [1, 3], "response": [[0, 1], [1, 2]]},
   {"section": "history_kz", "kind": "single", "options": 4, "correct": [2], "response": [2]}]}"#;

#[test]
fn the_cli_spec_example_scores_as_expected() {
    let case = parse_case(CLI_CASE).unwrap();
    let r = score_case(&case, &BlueprintRegistry::default()).unwrap();
    let pts: Vec<(u32, &str, u32, u32)> = r
        .items
        .iter()
        .map(|i| (i.position, i.section.as_str(), i.points, i.max_points))
        .collect();
    assert_eq!(
        pts,
        [
            (1, "math", 1, 2),
            (2, "math", 1, 2),
            (3, "history_kz", 1, 1)
        ]
    );
    assert_eq!((r.total, r.max_total), (3, 5));
    // Sections in blueprint order, only those with items.
    let secs: Vec<(&str, u32, u32, Option<u32>, bool)> = r
        .sections
        .iter()
        .map(|s| (s.section.as_str(), s.score, s.max, s.min_required, s.passed))
        .collect();
    assert_eq!(
        secs,
        [
            ("history_kz", 1, 1, Some(5), false),
            ("math", 2, 4, Some(5), false)
        ]
    );
    assert_eq!(r.thresholds.len(), 6);
    assert!(r.thresholds.iter().all(|t| !t.met));
}

#[test]
fn case_subjects_follow_the_allowed_order_and_other_pairs_are_refused() {
    let reg = BlueprintRegistry::default();
    let item = |section: &str| {
        format!(
            r#"{{"section": "{section}", "kind": "single", "options": 4, "correct": [1], "response": [1]}}"#
        )
    };
    let case = |sections: &[&str]| {
        let items: Vec<String> = sections.iter().map(|s| item(s)).collect();
        format!(
            r#"{{"blueprint": "unt-2025", "items": [{}]}}"#,
            items.join(",")
        )
    };
    let order = |text: &str| -> Vec<String> {
        let r = score_case(&parse_case(text).unwrap(), &reg).unwrap();
        r.sections.iter().map(|s| s.section.clone()).collect()
    };
    assert_eq!(
        order(&case(&["physics", "math", "reading_literacy"])),
        ["reading_literacy", "math", "physics"]
    );
    // One profile subject of an allowed pair: scored alone, with the profile rules.
    let text = case(&["law", "history_kz", "law"]);
    assert_eq!(order(&text), ["history_kz", "law"]);
    let r = score_case(&parse_case(&text).unwrap(), &reg).unwrap();
    assert_eq!(r.total, 3);
    assert_eq!(r.sections[1].min_required, Some(5));
    // A section the blueprint cannot have is refused, naming the item: not a subject code, a
    // third chosen subject, or (with stated subjects) a subject that was not chosen.
    let refused = |text: &str| match score_case(&parse_case(text).unwrap(), &reg) {
        Err(Error::InvalidInput(m)) => m,
        other => panic!("{other:?}"),
    };
    let m = refused(&case(&["math", "history_kz", "bogus"]));
    assert!(
        m.starts_with("items[2].section: unknown section \"bogus\"; blueprint \"unt-2025\""),
        "{m}"
    );
    // Not an allowed pair (it used to be scored anyway, as two profile sections).
    let m = refused(&case(&["law", "math", "law"]));
    assert!(
        m.starts_with(
            "items[1].section: \"math\" is not a section of unt-2025 with law; allowed \
             choices: math+physics, math+informatics, "
        ),
        "{m}"
    );
    let m = refused(&case(&["world_history", "law", "law", "chemistry"]));
    assert!(
        m.starts_with("items[3].section: \"chemistry\" would be chosen subject 3 of 2"),
        "{m}"
    );
    let m = refused(
        r#"{"blueprint": "unt-2025", "subjects": ["math", "physics"], "items": [
            {"section": "chemistry", "kind": "single", "options": 4, "correct": [1]}]}"#,
    );
    assert!(
        m.starts_with("items[0].section: \"chemistry\" is not a section of blueprint \"unt-2025\""),
        "{m}"
    );
    let m = refused(
        r#"{"blueprint": "pbb-2024", "items": [
            {"section": "math", "kind": "single", "options": 4, "correct": [1]}]}"#,
    );
    assert!(
        m.starts_with("items[0].section: unknown section \"math\"; blueprint \"pbb-2024\" has subject_knowledge, teaching_methodology"),
        "{m}"
    );
    // ПББ sections by block id.
    let text = r#"{"blueprint": "pbb-2024", "items": [
        {"section": "teaching_methodology", "kind": "single", "options": 4, "correct": [0], "response": [0]},
        {"section": "subject_knowledge", "kind": "single", "options": 4, "correct": [0]}]}"#;
    let r = score_case(&parse_case(text).unwrap(), &reg).unwrap();
    let secs: Vec<&str> = r.sections.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(secs, ["subject_knowledge", "teaching_methodology"]);
    assert_eq!((r.total, r.max_total), (1, 2));
    assert_eq!(r.thresholds[0].min_total, 1);
    assert!(r.thresholds[0].met);
}

#[test]
fn case_errors() {
    let reg = BlueprintRegistry::default();
    let mut case = parse_case(CLI_CASE).unwrap();
    case.items[2].response = Some(ch(&[7]));
    match score_case(&case, &reg) {
        Err(Error::InvalidInput(m)) => {
            assert_eq!(m, "items[2]: option 7 does not exist (4 options)")
        }
        other => panic!("{other:?}"),
    }
    let mut case = parse_case(CLI_CASE).unwrap();
    case.blueprint = "ent-2025".into();
    assert!(matches!(score_case(&case, &reg), Err(Error::NotFound(_))));
    let mut case = parse_case(CLI_CASE).unwrap();
    case.blueprint = "pbb-2024".into();
    match score_case(&case, &reg) {
        Err(Error::InvalidInput(m)) => assert!(
            m.starts_with(
                "items[0]: blueprint \"pbb-2024\" has no scoring rule for kind \"multiple\""
            ),
            "{m}"
        ),
        other => panic!("{other:?}"),
    }
    let mut case = parse_case(CLI_CASE).unwrap();
    case.subjects = Some(vec!["math".into(), "law".into()]);
    assert!(matches!(
        score_case(&case, &reg),
        Err(Error::InvalidInput(_))
    ));
    case.subjects = Some(vec!["physics".into(), "math".into()]);
    assert_eq!(score_case(&case, &reg).unwrap().total, 3);
}

#[test]
fn a_broken_case_yields_every_problem_with_its_path() {
    let text = r#"{"blueprint": "", "extra": 1, "items": [
        {"section": "Math", "kind": "essay", "options": 4, "correct": [1]},
        {"section": "math", "kind": "single", "options": 4, "correct": [4, 1], "response": [9]},
        {"section": "math", "kind": "multiple", "options": 6, "correct": [0, 0], "prompts": 2},
        {"section": "math", "kind": "matching", "prompts": 2, "options": 4, "correct": [1], "response": [[0, 1], 2]},
        {"section": "math", "kind": "matching", "prompts": 2, "options": 4, "correct": [1, 2], "response": [[0, 1], [0, 2]]},
        {"section": "math", "kind": "single", "options": 4, "correct": [1], "response": [1], "hint": "x"}
    ]}"#;
    let ps: Vec<String> = parse_case(text)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    for e in [
        "blueprint: must not be empty",
        "extra: unknown field",
        "items[0].section: \"Math\" is not a code",
        "items[0].kind: unknown kind \"essay\"",
        "items[1].correct[0]: option 4 does not exist (4 options)",
        "items[1].correct: a single-choice question has exactly one correct option, found 2",
        "items[2].prompts: only matching tasks have prompts",
        "items[2].correct[1]: option 0 is listed twice",
        "items[3].correct: a matching question needs one option index per prompt (2 prompts, 1 indexes)",
        "items[3].response[1]: must be a [prompt, option] pair",
        "items[4].response: prompt 0 is matched twice",
        "items[5].hint: unknown field",
    ] {
        assert!(
            ps.iter().any(|p| p.starts_with(e)),
            "missing {e:?} in {ps:#?}"
        );
    }
    // items[1]'s response is not checked against a broken key; no double report.
    assert!(
        !ps.iter().any(|p| p.starts_with("items[1].response")),
        "{ps:#?}"
    );
    assert!(
        parse_case("{").unwrap_err()[0]
            .message
            .starts_with("malformed JSON")
    );
}

#[test]
fn response_text_forms() {
    for (kind, text, expected) in [
        (Single, "2", ch(&[2])),
        (Single, "  2 ", ch(&[2])),
        (Single, "", ch(&[])),
        (Single, " - ", ch(&[])),
        (Multiple, "0,3", ch(&[0, 3])),
        (Multiple, " 0 , 3 ,5", ch(&[0, 3, 5])),
        (Matching, "0:2,1:0", mt(&[(0, 2), (1, 0)])),
        (Matching, " 0 : 2 , 1:0 ", mt(&[(0, 2), (1, 0)])),
        (Matching, "-", mt(&[])),
    ] {
        assert_eq!(parse_response(kind, text).unwrap(), expected, "{text:?}");
    }
    for (kind, text, msg) in [
        (
            Single,
            "0,3",
            "a single-answer task takes one option index, not a list",
        ),
        (Single, "x", "\"x\" is not an option index"),
        (Single, "-1", "\"-1\" is not an option index"),
        (
            Single,
            "99999999999",
            "option index \"99999999999\" is too large",
        ),
        (
            Multiple,
            "0,,3",
            "\"0,,3\" has an empty entry between commas",
        ),
        (Multiple, "0,3,", "\"0,3,\" has an empty entry"),
        (Multiple, "1,1", "option 1 is given twice"),
        (Matching, "0-2", "\"0-2\" is not a prompt:option pair"),
        (Matching, "0:", "an option index is missing"),
        (Matching, "0:1,0:2", "prompt 0 is matched twice"),
        (Matching, "a:1", "\"a\" is not a prompt index"),
    ] {
        match parse_response(kind, text) {
            Err(Error::InvalidInput(m)) => assert!(m.starts_with(msg), "{text:?}: {m}"),
            other => panic!("{text:?}: {other:?}"),
        }
    }
}

#[test]
fn responses_serialize_untagged() {
    assert_eq!(serde_json::to_string(&ch(&[0, 3])).unwrap(), "[0,3]");
    assert_eq!(
        serde_json::to_string(&mt(&[(0, 1), (1, 2)])).unwrap(),
        "[[0,1],[1,2]]"
    );
    let r: Response = serde_json::from_str("[[0,1],[1,2]]").unwrap();
    assert_eq!(r, mt(&[(0, 1), (1, 2)]));
    let r: Response = serde_json::from_str("[]").unwrap();
    assert!(r.is_empty());
}

#[test]
fn a_case_giving_a_field_twice_is_refused() {
    // A JSON reader keeps the last of a repeated key: the response [2] would have scored
    // against "correct": [2] although the case also says [1].
    let text = r#"{"blueprint": "unt-2025", "items": [
        {"section": "math", "kind": "single", "options": 4, "correct": [1], "correct": [2],
         "response": [2]}]}"#;
    let problems: Vec<String> = parse_case(text)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        ["items[0].correct: duplicate field \"correct\" (each field may be given once)"]
    );
    assert!(parse_case(&text.replace(r#""correct": [1], "#, "")).is_ok());
}

/// The messages of a case that `score_case` refuses (parsing it must succeed).
fn case_refused(text: &str) -> String {
    match score_case(&parse_case(text).unwrap(), &BlueprintRegistry::default()) {
        Err(Error::InvalidInput(m)) => m.detail,
        other => panic!("{text}: {other:?}"),
    }
}

#[test]
fn a_case_holds_only_sections_a_real_attempt_could_have() {
    let item = |section: &str| {
        format!(
            r#"{{"section": "{section}", "kind": "single", "options": 4, "correct": [1], "response": [1]}}"#
        )
    };
    let case = |bp: &str, sections: &[&str]| {
        let items: Vec<String> = sections.iter().map(|s| item(s)).collect();
        format!(r#"{{"blueprint": "{bp}", "items": [{}]}}"#, items.join(","))
    };
    // A subject of the spec that is no section of ҰБТ (a ПББ block).
    let m = case_refused(&case(
        "unt-2025",
        &["history_kz", "math", "math", "teaching_methodology"],
    ));
    assert!(
        m.starts_with(
            "items[3].section: \"teaching_methodology\" is not a section of unt-2025 with math; \
             allowed choices: math+physics"
        ),
        "{m}"
    );
    let m = case_refused(&case("unt-2025", &["teaching_methodology"]));
    assert!(
        m.starts_with(
            "items[0].section: \"teaching_methodology\" is not a section of unt-2025; allowed \
             choices: "
        ),
        "{m}"
    );
    // A pair that is not among the blueprint's choices.
    let m = case_refused(&case("unt-2025", &["math", "biology"]));
    assert!(
        m.starts_with("items[1].section: \"biology\" is not a section of unt-2025 with math;"),
        "{m}"
    );
    // A case that gives only some sections stays valid: one profile subject, or fixed ones.
    let reg = BlueprintRegistry::default();
    for sections in [
        &["biology"][..],
        &["reading_literacy", "math"],
        &["geography"],
    ] {
        let text = case("unt-2025", sections);
        assert!(
            score_case(&parse_case(&text).unwrap(), &reg).is_ok(),
            "{text}"
        );
    }
    // Both subjects of an allowed pair, in either order.
    let r = score_case(
        &parse_case(&case("unt-2025", &["chemistry", "biology"])).unwrap(),
        &reg,
    )
    .unwrap();
    let secs: Vec<&str> = r.sections.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(secs, ["biology", "chemistry"]);
}

#[test]
fn a_case_holds_only_tasks_of_the_kinds_shapes() {
    // spec/content-pack.md `kind` (the pack validator's rules): single 2–5 options, exactly one
    // correct; multiple 4–8 options, 1–3 correct; matching 2–6 prompts, options ≥ prompts, ≤ 8,
    // one correct option per prompt.
    let problems = |item: &str| -> Vec<String> {
        let text = format!(r#"{{"blueprint": "unt-2025", "items": [{item}]}}"#);
        match parse_case(&text) {
            Ok(_) => Vec::new(),
            Err(ps) => ps.iter().map(ToString::to_string).collect(),
        }
    };
    for (item, expected) in [
        (
            r#"{"section": "math", "kind": "multiple", "options": 6, "correct": [0, 1, 2, 3]}"#,
            "items[0].correct: a multiple-choice question has 1 to 3 correct options, found 4",
        ),
        (
            r#"{"section": "math", "kind": "multiple", "options": 6, "correct": []}"#,
            "items[0].correct: a multiple-choice question has 1 to 3 correct options, found 0",
        ),
        (
            r#"{"section": "math", "kind": "multiple", "options": 9, "correct": [0]}"#,
            "items[0].options: a multiple-choice question has 4 to 8 options, found 9",
        ),
        (
            r#"{"section": "math", "kind": "single", "options": 1, "correct": [0]}"#,
            "items[0].options: a single-choice question has 2 to 5 options, found 1",
        ),
        (
            r#"{"section": "math", "kind": "single", "options": 4, "correct": []}"#,
            "items[0].correct: a single-choice question has exactly one correct option, found 0",
        ),
        (
            r#"{"section": "math", "kind": "matching", "prompts": 7, "options": 8, "correct": [0, 1, 2, 3, 4, 5, 6]}"#,
            "items[0].prompts: a matching question has 2 to 6 prompts, found 7",
        ),
        (
            r#"{"section": "math", "kind": "matching", "options": 4, "correct": [0]}"#,
            "items[0].correct: a matching question has 2 to 6 prompts, found 1",
        ),
        (
            r#"{"section": "math", "kind": "matching", "prompts": 3, "options": 2, "correct": [0, 1, 1]}"#,
            "items[0].options: a matching question needs at least as many options as prompts (3 prompts, 2 options)",
        ),
        (
            r#"{"section": "math", "kind": "matching", "prompts": 2, "options": 9, "correct": [0, 1]}"#,
            "items[0].options: a matching question has at most 8 options, found 9",
        ),
        (
            r#"{"section": "math", "kind": "matching", "prompts": 2, "options": 4, "correct": [1, 1]}"#,
            "items[0].correct[1]: option 1 is listed twice",
        ),
    ] {
        let got = problems(item);
        assert!(got.iter().any(|p| p == expected), "{item}: {got:#?}");
    }
    // A case built in code gets the same check from `score_case`.
    let mut case = parse_case(CLI_CASE).unwrap();
    case.items[0].correct = vec![0, 1, 2, 3];
    match score_case(&case, &BlueprintRegistry::default()) {
        Err(Error::InvalidInput(m)) => assert_eq!(
            m,
            "items[0].correct: a multiple-choice question has 1 to 3 correct options, found 4"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_case_holds_only_kinds_and_options_its_sections_take() {
    // ҰБТ: History of Kazakhstan has single tasks of 4 options only; a profile section's
    // "multiple" tasks have 6 options.
    let one = |item: &str| format!(r#"{{"blueprint": "unt-2025", "items": [{item}]}}"#);
    let m = case_refused(&one(
        r#"{"section": "history_kz", "kind": "multiple", "options": 6, "correct": [0]}"#,
    ));
    assert_eq!(
        m,
        "items[0].kind: section \"history_kz\" of unt-2025 has no multiple tasks"
    );
    let m = case_refused(&one(
        r#"{"section": "history_kz", "kind": "single", "options": 5, "correct": [0]}"#,
    ));
    assert_eq!(
        m,
        "items[0].options: a single task of section \"history_kz\" of unt-2025 has 4 options, \
         found 5"
    );
    let m = case_refused(&one(
        r#"{"section": "physics", "kind": "multiple", "options": 5, "correct": [0]}"#,
    ));
    assert!(
        m.starts_with("items[0].options: a multiple task of section \"physics\""),
        "{m}"
    );
    // A slot without a fixed number of options takes any the kind allows (ПББ, matching).
    let reg = BlueprintRegistry::default();
    for text in [
        one(r#"{"section": "math", "kind": "matching", "prompts": 3, "options": 5, "correct": [0, 1, 2]}"#),
        r#"{"blueprint": "pbb-2024", "items": [{"section": "subject_knowledge", "kind": "single", "options": 5, "correct": [0]}]}"#.to_string(),
    ] {
        assert!(score_case(&parse_case(&text).unwrap(), &reg).is_ok(), "{text}");
    }
}
