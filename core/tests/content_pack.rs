//! Parsing and validating content packs (spec/content-pack.md) against the fixture packs.

// Helpers of a test crate are not #[test] functions; clippy.toml's test allowance misses them.
#![allow(clippy::unwrap_used)]

use qazstep_core::Qazstep;
use qazstep_core::content::{Exam, Locale, QuestionKind, parse_pack};
use serde_json::{Value, json};

const TINY_KK: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/packs/tiny-kk.json"
));
const TINY_RU: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/packs/tiny-ru.json"
));
const BROKEN: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/packs/broken.json"
));

fn messages(bytes: &[u8]) -> Vec<String> {
    parse_pack(bytes)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// An embedded blueprint's JSON, by id (`unt-2025`), to edit into a pack.
fn embedded_blueprint(id: &str) -> Value {
    let file = format!("{id}.json");
    let (_, text) = qazstep_core::exam::Blueprint::embedded_sources()
        .iter()
        .find(|(f, _)| *f == file)
        .unwrap();
    serde_json::from_str(text).unwrap()
}

fn tiny_kk_value() -> Value {
    serde_json::from_str(TINY_KK).unwrap()
}

#[test]
fn tiny_kk_parses_with_all_kinds_and_a_context() {
    let v = parse_pack(TINY_KK.as_bytes()).unwrap();
    assert!(v.warnings.is_empty(), "{:?}", v.warnings);
    let p = &v.pack;
    assert_eq!(
        (p.format, p.id.as_str(), p.version, p.locale),
        (1, "kz.qazstep.test.tiny.kk", 1, Locale::Kk)
    );
    assert_eq!(p.title.en.as_deref(), Some("Tiny test pack"));
    assert_eq!(p.topics.len(), 4);
    assert_eq!(p.contexts.len(), 1);
    assert_eq!(p.questions.len(), 7);
    assert_eq!(p.blueprints.len(), 1);
    let kinds: Vec<QuestionKind> = p.questions.iter().map(|q| q.kind).collect();
    for k in [
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::Matching,
    ] {
        assert!(kinds.contains(&k), "{k:?}");
    }
    let matching = p
        .questions
        .iter()
        .find(|q| q.kind == QuestionKind::Matching)
        .unwrap();
    assert_eq!(matching.prompts.len(), 2);
    assert_eq!(matching.correct, [0, 2]);
    let q2 = &p.questions[1];
    assert_eq!((q2.exam, q2.difficulty), (Exam::Unt, 3), "defaults applied");
    assert_eq!(p.questions[6].exam, Exam::Pbb);
    assert_eq!(
        p.questions[4].context.as_deref(),
        Some("kk.history_kz.ctx.0001")
    );
    // The hash is of the bytes: SHA-256, lowercase hex.
    assert_eq!(v.sha256.len(), 64);
    assert!(
        v.sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );
    assert_eq!(parse_pack(TINY_KK.as_bytes()).unwrap().sha256, v.sha256);
}

#[test]
fn tiny_ru_parses() {
    let v = parse_pack(TINY_RU.as_bytes()).unwrap();
    assert_eq!(v.pack.locale, Locale::Ru);
    assert_eq!(v.pack.questions.len(), 3);
    assert!(v.pack.subjects.is_empty(), "math is built in");
}

#[test]
fn broken_pack_lists_every_problem_with_its_path() {
    assert_eq!(
        messages(BROKEN.as_bytes()),
        [
            "topics[1].subject: unknown subject \"music\" (not built in and not declared in subjects)",
            "questions[0].answer: unknown field \"answer\"",
            "questions[1].correct[0]: option index 4 is out of range (4 options)",
            "questions[2].topic: unknown topic \"math.eqations\"",
            "questions[3].id: duplicate question id \"math.0001\" (first at questions[0])",
            "questions[3].stem: must not be empty",
            "questions[3].difficulty: difficulty must be 1 to 5, found 9",
        ]
    );
}

#[test]
fn malformed_json_reports_line_and_column() {
    let text = "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"version\": 1 2\n}";
    let problems = parse_pack(text.as_bytes()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "$");
    assert!(
        problems[0]
            .message
            .starts_with("malformed JSON at line 4 column 16"),
        "{}",
        problems[0]
    );
    let truncated = &TINY_KK.as_bytes()[..200];
    let p = parse_pack(truncated).unwrap_err();
    assert!(p[0].message.contains("at line 6 column"), "{}", p[0]);
}

#[test]
fn unknown_fields_are_errors_at_every_level() {
    let mut v = tiny_kk_value();
    v["autor"] = json!("x");
    v["title"]["kz"] = json!("x");
    v["topics"][0]["parent"] = json!("x");
    v["contexts"][0]["media"] = json!([{"kind": "image", "path": "a.png",
        "sha256": "0".repeat(64), "caption": "x"}]);
    v["questions"][3]["answer"] = json!([0, 2]);
    assert_eq!(
        messages(&serde_json::to_vec(&v).unwrap()),
        [
            "autor: unknown field \"autor\"",
            "title.kz: unknown field \"kz\"",
            "topics[0].parent: unknown field \"parent\"",
            "contexts[0].media[0].caption: unknown field \"caption\"",
            "questions[3].answer: unknown field \"answer\"",
        ]
    );
}

#[test]
fn missing_fields_and_wrong_types() {
    let mut v = tiny_kk_value();
    let top = v.as_object_mut().unwrap();
    top.remove("version");
    top.remove("questions");
    top.insert("locale".into(), json!(1));
    top.insert("topics".into(), json!({"id": "x"}));
    assert_eq!(
        messages(&serde_json::to_vec(&v).unwrap()),
        [
            "version: missing required field \"version\"",
            "locale: expected a string, found 1",
            "topics: expected an array, found an object",
            "questions: missing required field \"questions\"",
        ]
    );

    let mut v = tiny_kk_value();
    let q = v["questions"][0].as_object_mut().unwrap();
    q.remove("stem");
    q.insert("options".into(), json!("2, 4"));
    q.insert("correct".into(), json!(["1", -1]));
    assert_eq!(
        messages(&serde_json::to_vec(&v).unwrap()),
        [
            "questions[0].stem: missing required field \"stem\"",
            "questions[0].options: expected an array, found the string \"2, 4\"",
            "questions[0].correct[0]: expected an option index (an integer ≥ 0), found the string \"1\"",
            "questions[0].correct[1]: expected an option index (an integer ≥ 0), found -1",
            "questions[0].correct: a single-choice question has exactly one correct option, found 2",
        ]
    );
}

#[test]
fn unsupported_format_names_the_supported_one() {
    let mut v = tiny_kk_value();
    v["format"] = json!(2);
    assert_eq!(
        messages(&serde_json::to_vec(&v).unwrap()),
        ["format: unsupported format 2; this app reads format 1"]
    );
}

#[test]
fn option_and_answer_rules_per_kind() {
    let mut v = tiny_kk_value();
    // single: 6 options, two correct, a duplicate index.
    v["questions"][0]["options"] = json!(["1", "2", "3", "4", "5", "6"]);
    v["questions"][0]["correct"] = json!([1, 1]);
    // multiple: 3 options is too few.
    v["questions"][2]["options"] = json!(["-2", "2", "0"]);
    v["questions"][2]["correct"] = json!([0]);
    // matching: 7 prompts, 9 options.
    v["questions"][3]["prompts"] = json!(["a", "b", "c", "d", "e", "f", "g"]);
    v["questions"][3]["options"] = json!(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    v["questions"][3]["correct"] = json!([0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(
        messages(&serde_json::to_vec(&v).unwrap()),
        [
            "questions[0].options: a single-choice question has 2 to 5 options, found 6",
            "questions[0].correct[1]: option index 1 is listed twice (also at [0])",
            "questions[0].correct: a single-choice question has exactly one correct option, found 2",
            "questions[2].options: a multiple-choice question has 4 to 8 options, found 3",
            "questions[3].prompts: a matching question has 2 to 6 prompts, found 7",
            "questions[3].options: a matching question has at most 8 options, found 9",
        ]
    );
}

#[test]
fn ids_must_be_well_formed_and_unique_per_kind() {
    let mut v = tiny_kk_value();
    v["id"] = json!("KZ Qazstep");
    v["topics"][1]["id"] = json!("math.equations");
    v["contexts"][0]["group"] = json!("Group 1");
    v["questions"][1]["id"] = json!("kk.math.0001");
    v["questions"][2]["group"] = json!(7);
    let got = messages(&serde_json::to_vec(&v).unwrap());
    assert_eq!(
        got,
        [
            "id: invalid id \"KZ Qazstep\": use only lowercase letters a-z, digits, '.', '_' and '-'",
            "topics[1].id: duplicate topic id \"math.equations\" (first at topics[0])",
            "contexts[0].group: invalid id \"Group 1\": use only lowercase letters a-z, digits, '.', '_' and '-'",
            "questions[1].id: duplicate question id \"kk.math.0001\" (first at questions[0])",
            // the renamed topic no longer declares math.percent
            "questions[1].topic: unknown topic \"math.percent\"",
            "questions[2].group: expected a string, found 7",
        ]
    );
}

#[test]
fn unused_topic_and_context_are_warnings_not_errors() {
    let mut v = tiny_kk_value();
    let qs = v["questions"].as_array_mut().unwrap();
    qs.retain(|q| q["subject"] != "history_kz");
    let parsed = parse_pack(&serde_json::to_vec(&v).unwrap()).unwrap();
    let w: Vec<String> = parsed.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        w,
        [
            "topics[2]: topic \"history_kz.khanate\" is not used by any question",
            "contexts[0]: context \"kk.history_kz.ctx.0001\" is not used by any question",
        ]
    );
}

#[test]
fn pack_validation_lists_blueprint_problems_beside_the_others() {
    // spec/content-pack.md: `blueprints[]` hold blueprint objects in the format of
    // core/blueprints/*.json, and validation reports every problem, not the first. The linter's
    // entry point (`Qazstep::validate_pack`, used by `qazstep pack validate` and by import)
    // reports a broken blueprint beside a broken question, not only once the rest is clean.
    let mut v = tiny_kk_value();
    let blueprint: Value = embedded_blueprint("unt-2025");
    v["blueprints"] = json!([blueprint.clone(), blueprint]);
    v["blueprints"][1]["id"] = json!("unt-2025-mini");
    v["blueprints"][1]["sections"][0]["slots"][0]["count"] = json!(0);
    v["blueprints"][1]["colour"] = json!("red");
    v["questions"][0]["difficulty"] = json!(7);
    let bytes = serde_json::to_vec(&v).unwrap();
    let got: Vec<String> = Qazstep::validate_pack(&bytes)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        [
            "questions[0].difficulty: difficulty must be 1 to 5, found 7",
            "blueprints[1].colour: unknown field; expected one of: id, exam, revision, year, name, \
             source, duration_minutes, extra_minutes, duration_by_subject, aids, languages, scoring, \
             choices, sections, thresholds",
            "blueprints[1].sections[0].slots[0].count: must be ≥ 1",
        ]
    );
    // Fixed question, broken blueprint: the blueprint's problems alone.
    v["questions"][0]["difficulty"] = json!(2);
    let got = Qazstep::validate_pack(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert_eq!(got.len(), 2, "{got:?}");
    // An unsupported format is still reported alone.
    v["format"] = json!(2);
    let got = Qazstep::validate_pack(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn declared_subject_codes_are_the_codes_of_the_spec() {
    // spec/content-pack.md: `subjects[].code` is one of the codes of spec/exams.md; a declaration
    // may (re)name one of them, never invent one (a typo such as "phisics" would otherwise become
    // a subject of its own).
    let mut v = tiny_kk_value();
    v["subjects"] = json!([
        {"code": "math", "name": {"kk": "Математика", "ru": "Математика"}},
        {"code": "phisics", "name": {"kk": "Физика", "ru": "Физика"}},
        {"code": "teaching_methodology", "name": {"kk": "Әдістеме", "ru": "Методика"}}
    ]);
    // A topic filed under the refused code is not reported a second time.
    v["topics"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "phisics.x", "subject": "phisics", "name": {"kk": "Ф", "ru": "Ф"}}));
    let got = messages(&serde_json::to_vec(&v).unwrap());
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "subjects[1].code: unknown subject code \"phisics\" (format 1 knows: biology, chemistry, "
        ),
        "{got:?}"
    );
    assert!(
        got[0].ends_with(", teaching_methodology, world_history)"),
        "{got:?}"
    );
    // Every code of the list may be declared.
    for code in [
        "history_kz",
        "math_literacy",
        "reading_literacy",
        "math",
        "physics",
        "chemistry",
        "biology",
        "geography",
        "world_history",
        "law",
        "informatics",
        "foreign_language",
        "kazakh_language",
        "kazakh_literature",
        "russian_language",
        "russian_literature",
        "teaching_methodology",
    ] {
        let mut v = tiny_kk_value();
        v["subjects"] = json!([{"code": code, "name": {"kk": "А", "ru": "Б"}}]);
        assert!(
            parse_pack(&serde_json::to_vec(&v).unwrap()).is_ok(),
            "{code}"
        );
    }
}

#[test]
fn any_format_but_1_is_refused_naming_the_supported_one() {
    // spec/content-pack.md: "`format` (required): 1. Anything else is refused with a message
    // naming the supported format." Not only other integers: a string, a fraction, null, or no
    // format at all.
    for (format, want) in [
        (
            Some(json!("1")),
            "format: expected the format number, found the string \"1\"; this app reads format 1",
        ),
        (
            Some(json!(1.5)),
            "format: expected the format number, found 1.5; this app reads format 1",
        ),
        (
            Some(json!(null)),
            "format: expected the format number, found null; this app reads format 1",
        ),
        (
            None,
            "format: missing required field \"format\" (this app reads format 1)",
        ),
        (
            Some(json!(-1)),
            "format: unsupported format -1; this app reads format 1",
        ),
    ] {
        let mut v = tiny_kk_value();
        match format {
            Some(f) => v["format"] = f,
            None => {
                v.as_object_mut().unwrap().remove("format");
            }
        }
        assert_eq!(messages(&serde_json::to_vec(&v).unwrap()), [want]);
    }
}

#[test]
fn a_pack_gives_each_blueprint_id_once() {
    // Two blueprints with one id in one pack: which one is the pack's rule is anyone's guess.
    let blueprint: Value = embedded_blueprint("pbb-2024");
    let mut v = tiny_kk_value();
    v["blueprints"] = json!([blueprint.clone(), blueprint]);
    v["blueprints"][1]["revision"] = json!(2);
    let got: Vec<String> = Qazstep::validate_pack(&serde_json::to_vec(&v).unwrap())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        got,
        ["blueprints[1].id: duplicate blueprint id \"pbb-2024\" (first at blueprints[0])"]
    );
}

#[test]
fn a_topic_with_an_unknown_subject_is_reported_once() {
    // The topic's own problem is reported; the questions filed under it are not blamed for a
    // subject mismatch with a subject that does not exist.
    let mut v = tiny_kk_value();
    v["topics"][0]["subject"] = json!("mathematics");
    assert_eq!(
        messages(&serde_json::to_vec(&v).unwrap()),
        [
            "topics[0].subject: unknown subject \"mathematics\" (not built in and not declared in subjects)"
        ]
    );
}

#[test]
fn a_pack_blueprint_names_only_subjects_of_the_spec() {
    // Subject codes are a closed list (spec/content-pack.md `subjects[].code`): a blueprint's
    // sections and allowed choices may not invent one ("alchemy" used to validate and import).
    let mut v = tiny_kk_value();
    let mut blueprint: Value = embedded_blueprint("pbb-2024");
    blueprint["revision"] = json!(3);
    blueprint["sections"][1]["subject"] = json!("alchemy");
    blueprint["choices"]["allowed"][0] = json!(["astrology"]);
    v["blueprints"] = json!([blueprint]);
    let got: Vec<String> = Qazstep::validate_pack(&serde_json::to_vec(&v).unwrap())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(
        got[0].starts_with(
            "blueprints[0].choices.allowed[0][0]: unknown subject code \"astrology\" (format 1 \
             knows: biology, "
        ),
        "{got:#?}"
    );
    assert!(
        got[1].starts_with(
            "blueprints[0].sections[1].subject: unknown subject code \"alchemy\" (format 1 knows: "
        ),
        "{got:#?}"
    );
}
