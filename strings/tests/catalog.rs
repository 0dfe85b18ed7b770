//! The shipped catalogs (`kk.ftl`, `ru.ftl`, `en.ftl`): they parse, hold the same ids with the
//! same variables, cover every message id of the core, use only the arguments the core passes,
//! and render each message as one line in every language.

// Helpers of a test crate are not #[test] functions; clippy.toml's test allowance misses them.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};

use qazstep_core::MessageId;
use qazstep_strings::{Catalog, Lang};

/// The arguments the core passes with each message: the names its `MessageId` docs give, as the
/// call sites pass them. A message may use fewer; using another one would show `{$name}`.
const ARGUMENTS: &[(&str, &[&str])] = &[
    ("bad_event", &[]),
    ("event_not_here", &[]),
    ("request_refused", &[]),
    ("language_unknown", &["language"]),
    ("policy_not_accepted", &[]),
    ("policy_version_unknown", &["version"]),
    ("iin_length", &["count"]),
    ("iin_not_digits", &["position"]),
    ("iin_check_digit", &[]),
    ("iin_unusable_prefix", &[]),
    ("name_invalid", &["max"]),
    ("role_unknown", &["role"]),
    ("subject_unknown", &["subject"]),
    ("subject_repeated", &["subject"]),
    ("subjects_not_allowed", &["subjects", "blueprint", "count"]),
    ("exam_date_invalid", &["date"]),
    ("exam_date_past", &[]),
    ("minutes_out_of_range", &["min", "max"]),
    ("profile_missing", &[]),
    ("blueprint_unknown", &["blueprint"]),
    ("category_unknown", &["category", "blueprint"]),
    (
        "exam_language_not_held",
        &["blueprint", "languages", "language"],
    ),
    ("bank_too_small", &["blueprint", "language", "slots"]),
    ("position_out_of_range", &["position", "max"]),
    ("option_out_of_range", &["option", "options"]),
    ("response_one_option", &[]),
    ("option_repeated", &["option"]),
    ("prompt_out_of_range", &["prompt", "prompts"]),
    ("prompt_repeated", &["prompt"]),
    ("response_wrong_shape", &["kind"]),
    ("response_empty", &[]),
    // The doc names `text`; the core passes none (the text may be anything the user typed).
    ("response_unreadable", &[]),
    ("attempt_not_found", &[]),
    ("already_submitted", &[]),
    ("time_up", &[]),
    ("not_submitted_yet", &[]),
    ("no_unfinished_exam", &[]),
    ("aid_not_offered", &["aid"]),
    ("calculator_invalid", &[]),
    ("calculator_division_by_zero", &[]),
    ("review_filter_unknown", &["filter"]),
    ("review_nothing", &[]),
    ("practice_count_range", &["min", "max"]),
    ("topic_unknown", &["topic", "subject"]),
    ("practice_nothing", &["subject", "language"]),
    ("no_mistakes", &[]),
    ("practice_not_found", &[]),
    ("practice_already_answered", &[]),
    ("erase_not_confirmed", &[]),
    ("key_unavailable", &[]),
    ("key_lost", &[]),
    ("data_damaged", &["table", "field", "record"]),
    // The doc names `file`; the core's conversion of a damaged database passes none.
    ("file_damaged", &[]),
    ("user_db_damaged", &["file"]),
    ("content_db_damaged", &["file"]),
    ("content_set_aside", &["aside"]),
    ("records_damaged", &["count"]),
    ("storage_full", &[]),
    ("storage_read_only", &[]),
    ("schema_too_new", &[]),
    ("storage_failed", &[]),
    ("internal_error", &[]),
    ("file_unreadable", &["file"]),
    // The doc names `file` too; the core's conversion of pack problems passes only `count`.
    ("pack_invalid", &["count"]),
    ("pack_conflict", &[]),
    ("media_not_found", &[]),
    ("policy_collects", &[]),
    ("policy_purpose", &[]),
    ("policy_sealed", &[]),
    ("policy_no_third_parties", &[]),
    ("policy_rights", &[]),
    ("policy_changes", &[]),
    ("notice_not_official", &[]),
    ("notice_sources", &[]),
];

/// Arguments whose values are numbers (counts, positions, bounds; prompts from 1).
const NUMERIC: &[&str] = &[
    "count", "max", "min", "position", "options", "prompt", "prompts", "slots",
];

/// Sample values of the other arguments: every name a select distinguishes, and one it does not.
fn samples(name: &str) -> &'static [&'static str] {
    match name {
        "language" => &["kk", "ru", "en", "de"],
        "languages" => &["kk, ru"],
        "kind" => &["single", "multiple", "matching"],
        "aid" => &["calculator", "periodic_table", "solubility_table", "ruler"],
        "blueprint" => &["unt-2025"],
        // An option is named by its letter, as on the test sheet.
        "option" => &["E", "B"],
        _ => &["x7"],
    }
}

fn parsed(lang: Lang) -> Catalog {
    Catalog::parse(lang, Catalog::source(lang)).unwrap_or_else(|problems| {
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}", shown.join("\n"))
    })
}

fn all() -> Vec<Catalog> {
    Lang::ALL.into_iter().map(parsed).collect()
}

fn format(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    Catalog::embedded(lang).format(id, args)
}

#[test]
fn the_shipped_files_parse_without_a_problem() {
    let problems: Vec<String> = Lang::ALL
        .into_iter()
        .filter_map(|lang| Catalog::parse(lang, Catalog::source(lang)).err())
        .flatten()
        .map(|p| p.to_string())
        .collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    // `embedded` is the parsed file, not the empty fallback.
    for lang in Lang::ALL {
        assert_eq!(Catalog::embedded(lang), &parsed(lang), "{lang}");
    }
}

#[test]
fn every_language_has_the_same_ids() {
    let catalogs = all();
    let union: BTreeSet<&str> = catalogs.iter().flat_map(Catalog::ids).collect();
    let missing: Vec<String> = catalogs
        .iter()
        .filter_map(|c| {
            let lacks: Vec<&str> = union.iter().copied().filter(|id| !c.contains(id)).collect();
            (!lacks.is_empty()).then(|| format!("{}.ftl lacks {}", c.lang(), lacks.join(", ")))
        })
        .collect();
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn every_id_uses_the_same_variables_in_every_language() {
    let catalogs = all();
    let mut differ = Vec::new();
    for id in catalogs[0].ids() {
        let per_lang: BTreeMap<Lang, Option<BTreeSet<&str>>> = catalogs
            .iter()
            .map(|c| (c.lang(), c.variables(id)))
            .collect();
        let first = &per_lang[&catalogs[0].lang()];
        if per_lang.values().any(|v| v != first) {
            differ.push(format!("{id}: {per_lang:?}"));
        }
    }
    assert!(differ.is_empty(), "\n{}", differ.join("\n"));
}

#[test]
fn every_message_id_of_the_core_is_in_every_language() {
    let missing: Vec<String> = all()
        .iter()
        .filter_map(|c| {
            let lacks: Vec<&str> = MessageId::ALL
                .iter()
                .map(|id| id.code())
                .filter(|code| !c.contains(code))
                .collect();
            (!lacks.is_empty()).then(|| format!("{}.ftl lacks {}", c.lang(), lacks.join(", ")))
        })
        .collect();
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn messages_use_only_the_arguments_the_core_passes() {
    let table: BTreeMap<&str, &[&str]> = ARGUMENTS.iter().copied().collect();
    let codes: BTreeSet<&str> = MessageId::ALL.iter().map(|id| id.code()).collect();
    let unlisted: Vec<&&str> = codes.iter().filter(|c| !table.contains_key(*c)).collect();
    assert!(
        unlisted.is_empty(),
        "add the arguments of {unlisted:?} (from core's MessageId docs) to ARGUMENTS"
    );
    let stale: Vec<&&str> = table.keys().filter(|c| !codes.contains(*c)).collect();
    assert!(stale.is_empty(), "not message ids of the core: {stale:?}");
    let mut wrong = Vec::new();
    for catalog in all() {
        for (code, passed) in &table {
            let used = catalog.variables(code).unwrap_or_default();
            let unknown: Vec<&str> = used.into_iter().filter(|v| !passed.contains(v)).collect();
            if !unknown.is_empty() {
                wrong.push(format!(
                    "{}.ftl {code}: {unknown:?} is not passed",
                    catalog.lang()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn every_message_renders_as_one_sentence_in_every_language() {
    let numbers = [
        "0", "1", "2", "3", "5", "11", "12", "21", "22", "25", "101", "111",
    ];
    let mut bad = Vec::new();
    for catalog in all() {
        for &(code, names) in ARGUMENTS {
            let rounds = names
                .iter()
                .map(|n| {
                    if NUMERIC.contains(n) {
                        numbers.len()
                    } else {
                        samples(n).len()
                    }
                })
                .max()
                .unwrap_or(1);
            for round in 0..rounds {
                let args: Vec<(&str, &str)> = names
                    .iter()
                    .map(|&n| {
                        let values: &[&str] = if NUMERIC.contains(&n) {
                            &numbers
                        } else {
                            samples(n)
                        };
                        (n, values[round % values.len()])
                    })
                    .collect();
                let text = catalog.format(code, &args);
                let ends = text.ends_with('.');
                if text.contains("{$") || text.contains('\n') || !ends || text.contains("  ") {
                    bad.push(format!("{}.ftl {code} {args:?}: {text:?}", catalog.lang()));
                    break;
                }
            }
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}

#[test]
fn kazakh_says_zhsn_russian_says_iin() {
    let kk = Catalog::source(Lang::Kk);
    assert!(kk.contains("ЖСН") && !kk.contains("ИИН"));
    let ru = Catalog::source(Lang::Ru);
    assert!(ru.contains("ИИН") && !ru.contains("ЖСН"));
    let en = Catalog::source(Lang::En);
    assert!(en.contains("IIN") && !en.contains("ИИН") && !en.contains("ЖСН"));
}

#[test]
fn russian_counts_agree_with_their_numbers() {
    let iin = |n| format(Lang::Ru, "iin_length", &[("count", n)]);
    assert_eq!(
        iin("11"),
        "ИИН состоит из 12 цифр, а вы ввели 11 цифр. Проверьте номер."
    );
    let tails: Vec<String> = ["1", "2", "5", "21", "13", "104"]
        .into_iter()
        .map(|n| iin(n).replace("ИИН состоит из 12 цифр, а вы ввели ", ""))
        .collect();
    assert_eq!(
        tails,
        [
            "1 цифру. Проверьте номер.",
            "2 цифры. Проверьте номер.",
            "5 цифр. Проверьте номер.",
            "21 цифру. Проверьте номер.",
            "13 цифр. Проверьте номер.",
            "104 цифры. Проверьте номер."
        ]
    );
    let options = |n| {
        format(
            Lang::Ru,
            "option_out_of_range",
            &[("option", "E"), ("options", n)],
        )
    };
    assert_eq!(
        options("4"),
        "Варианта «E» нет: у этого вопроса 4 варианта ответа, выберите один из них."
    );
    assert!(options("6").contains(" 6 вариантов ответа,"));
    assert!(options("1").contains(" 1 вариант ответа,"));
    let pack = |n| format(Lang::Ru, "pack_invalid", &[("count", n)]);
    assert_eq!(
        pack("22"),
        "Пакет вопросов не прошёл проверку: 22 ошибки. Ничего не импортировано."
    );
    assert!(pack("1").contains(": 1 ошибка."));
    assert!(pack("12").contains(": 12 ошибок."));
    let bank = |n| {
        format(
            Lang::Ru,
            "bank_too_small",
            &[("blueprint", "unt-2025"), ("language", "kk"), ("slots", n)],
        )
    };
    assert_eq!(
        bank("3"),
        "В банке не хватает вопросов для теста «unt-2025» на казахском языке (в 3 частях теста). \
         Импортируйте ещё вопросы или выберите другой язык."
    );
    assert!(bank("1").contains("(в 1 части теста)"));
    let subjects = |n| {
        format(
            Lang::Ru,
            "subjects_not_allowed",
            &[
                ("blueprint", "unt-2025"),
                ("subjects", "math"),
                ("count", n),
            ],
        )
    };
    assert!(subjects("2").ends_with("выберите 2 предмета по одной из разрешённых комбинаций."));
    assert!(subjects("0").starts_with("В тесте «unt-2025» предметы не выбираются"));
}

#[test]
fn kazakh_examples() {
    let kk = |id, args: &[(&str, &str)]| format(Lang::Kk, id, args);
    assert_eq!(
        kk(
            "position_out_of_range",
            &[("position", "121"), ("max", "120")]
        ),
        "121-сұрақ жоқ. 1–120 аралығындағы нөмірді таңдаңыз."
    );
    assert_eq!(
        kk("iin_length", &[("count", "11")]),
        "ЖСН 12 цифрдан тұрады, ал сіз 11 цифр енгіздіңіз. Нөмірді тексеріңіз."
    );
    assert_eq!(
        kk(
            "exam_language_not_held",
            &[
                ("blueprint", "pbb-2024"),
                ("language", "en"),
                ("languages", "kk, ru")
            ]
        ),
        "«pbb-2024» тесті ағылшын тілінде өткізілмейді. Мына тілдердің бірін таңдаңыз: kk, ru."
    );
    assert_eq!(
        kk("aid_not_offered", &[("aid", "periodic_table")]),
        "Бұл тестте Менделеев кестесі қарастырылмаған."
    );
    assert!(
        kk(
            "subjects_not_allowed",
            &[("blueprint", "pbb-2024"), ("count", "0")]
        )
        .starts_with("«pbb-2024» тестінде пән таңдалмайды")
    );
}

#[test]
fn english_examples() {
    let en = |id, args: &[(&str, &str)]| format(Lang::En, id, args);
    assert_eq!(
        en(
            "position_out_of_range",
            &[("position", "121"), ("max", "120")]
        ),
        "There is no question 121. Choose a number from 1 to 120."
    );
    assert_eq!(
        en("option_out_of_range", &[("option", "B"), ("options", "1")]),
        "There is no option “B”: this question has 1 option; choose one of them."
    );
    assert_eq!(
        en(
            "subjects_not_allowed",
            &[
                ("blueprint", "unt-2025"),
                ("subjects", "math"),
                ("count", "2")
            ]
        ),
        "This choice of subjects is not offered by “unt-2025”: choose 2 subjects from one of the \
         allowed combinations."
    );
    assert_eq!(
        en("response_wrong_shape", &[("kind", "single")]),
        "This question takes one chosen option, not pairs."
    );
    // What a shell shows for a message the catalog lacks, and for an argument not passed.
    assert_eq!(en("no_such_message", &[]), "no_such_message");
    assert_eq!(
        en("position_out_of_range", &[("max", "120")]),
        "There is no question {$position}. Choose a number from 1 to 120."
    );
}
