//! The subjects every build knows (spec/exams.md), with their names.
//!
//! Invariants: the list holds each code of spec/exams.md exactly once, sorted by code, each with
//! a non-empty Kazakh, Russian and English name. A pack may use these codes without declaring
//! them, and may declare one of them to name it; it may not declare another code
//! (spec/content-pack.md, `subjects[].code`).

use super::model::LocalizedText;
use super::pack::Subject;

/// (code, kk, ru, en), sorted by code.
const BUILTIN: &[(&str, &str, &str, &str)] = &[
    ("biology", "Биология", "Биология", "Biology"),
    ("chemistry", "Химия", "Химия", "Chemistry"),
    (
        "foreign_language",
        "Шет тілі",
        "Иностранный язык",
        "Foreign language",
    ),
    ("geography", "География", "География", "Geography"),
    (
        "history_kz",
        "Қазақстан тарихы",
        "История Казахстана",
        "History of Kazakhstan",
    ),
    ("informatics", "Информатика", "Информатика", "Informatics"),
    (
        "kazakh_language",
        "Қазақ тілі",
        "Казахский язык",
        "Kazakh language",
    ),
    (
        "kazakh_literature",
        "Қазақ әдебиеті",
        "Казахская литература",
        "Kazakh literature",
    ),
    (
        "law",
        "Құқық негіздері",
        "Основы права",
        "Fundamentals of law",
    ),
    ("math", "Математика", "Математика", "Mathematics"),
    (
        "math_literacy",
        "Математикалық сауаттылық",
        "Математическая грамотность",
        "Mathematical literacy",
    ),
    ("physics", "Физика", "Физика", "Physics"),
    (
        "reading_literacy",
        "Оқу сауаттылығы",
        "Грамотность чтения",
        "Reading literacy",
    ),
    (
        "russian_language",
        "Орыс тілі",
        "Русский язык",
        "Russian language",
    ),
    (
        "russian_literature",
        "Орыс әдебиеті",
        "Русская литература",
        "Russian literature",
    ),
    (
        "teaching_methodology",
        "Оқыту әдістемесі",
        "Методика обучения",
        "Teaching methodology",
    ),
    (
        "world_history",
        "Дүниежүзі тарихы",
        "Всемирная история",
        "World history",
    ),
];

fn subject(&(code, kk, ru, en): &(&str, &str, &str, &str)) -> Subject {
    Subject {
        code: code.to_string(),
        name: LocalizedText {
            kk: kk.to_string(),
            ru: ru.to_string(),
            en: Some(en.to_string()),
        },
    }
}

/// Every built-in subject (the 17 codes of spec/exams.md), sorted by code.
pub fn builtin_subjects() -> Vec<Subject> {
    BUILTIN.iter().map(subject).collect()
}

/// The built-in subject with `code`, if there is one.
pub fn builtin_subject(code: &str) -> Option<Subject> {
    BUILTIN.iter().find(|s| s.0 == code).map(subject)
}

/// Whether `code` is a built-in subject code.
pub fn is_builtin_subject(code: &str) -> bool {
    BUILTIN.iter().any(|s| s.0 == code)
}

/// The problem with a subject code outside the closed list, naming the codes format 1 knows
/// (shared by the pack validator and the blueprint validator).
pub(crate) fn unknown_subject_code(code: &str) -> String {
    let known: Vec<&str> = BUILTIN.iter().map(|s| s.0).collect();
    format!(
        "unknown subject code \"{code}\" (format 1 knows: {})",
        known.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seventeen_sorted_unique_codes_with_names() {
        let all = builtin_subjects();
        assert_eq!(all.len(), 17);
        assert!(
            all.windows(2).all(|w| w[0].code < w[1].code),
            "sorted, unique"
        );
        for s in &all {
            assert!(!s.name.kk.is_empty() && !s.name.ru.is_empty(), "{}", s.code);
            assert!(s.name.en.as_deref().is_some_and(|e| !e.is_empty()));
        }
    }

    #[test]
    fn names_of_the_spec() {
        let m = builtin_subject("teaching_methodology").unwrap();
        assert_eq!(m.name.kk, "Оқыту әдістемесі");
        assert_eq!(m.name.ru, "Методика обучения");
        let h = builtin_subject("history_kz").unwrap();
        assert_eq!(
            (h.name.kk.as_str(), h.name.ru.as_str()),
            ("Қазақстан тарихы", "История Казахстана")
        );
        assert!(is_builtin_subject("reading_literacy"));
        assert!(builtin_subject("music").is_none());
    }
}
