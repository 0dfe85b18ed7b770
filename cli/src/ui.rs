//! The words of the terminal shell: every string printed for people comes from the one string
//! catalog (`qazstep-strings`, `strings/<lang>.ftl`) in the interface language.
//!
//! Invariants:
//! - The interface language is `--lang` when given, else the profile's (read through the core),
//!   else Kazakh; [`set`] records it once it is known, and everything rendered afterwards uses it.
//! - A label is looked up by its id with [`tr!`]; a core refusal by its [`Message`] with
//!   [`message`]. Nothing here decides what a screen shows: it only turns ids into words.
//! - Path-precise author tooling lines (pack problems, scoring-case problems) and clap's usage
//!   errors are English by design and never pass through here.

use std::sync::atomic::{AtomicU8, Ordering};

use qazstep_core::content::Locale;
use qazstep_core::profile::Role;
use qazstep_core::{Error, Message, MessageId};
use qazstep_strings::{Catalog, Lang};

/// The interface language: 0 kk, 1 ru, 2 en.
static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the interface language of everything rendered from now on.
pub fn set(locale: Locale) {
    let n = match locale {
        Locale::Kk => 0,
        Locale::Ru => 1,
        Locale::En => 2,
    };
    LANG.store(n, Ordering::Relaxed);
}

/// The interface language.
pub fn locale() -> Locale {
    match LANG.load(Ordering::Relaxed) {
        1 => Locale::Ru,
        2 => Locale::En,
        _ => Locale::Kk,
    }
}

fn lang() -> Lang {
    match locale() {
        Locale::Kk => Lang::Kk,
        Locale::Ru => Lang::Ru,
        Locale::En => Lang::En,
    }
}

/// Message `id` of the catalog with `args`, in the interface language.
pub fn text(id: &str, args: &[(&str, &str)]) -> String {
    Catalog::embedded(lang()).format(id, args)
}

/// A label of the catalog: `tr!("exam_cmd_next")`, `tr!("exam_position", position = 3, total = 120)`.
/// Every id used this way is checked against the three catalogs by a test of this crate.
macro_rules! tr {
    ($id:literal) => {
        $crate::ui::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::ui::text($id, &[$((stringify!($name), ($value).to_string().as_str())),+])
    };
}

/// A message of the core in the interface language.
pub fn message(m: &Message) -> String {
    let args: Vec<(&str, &str)> = m
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    text(m.id.code(), &args)
}

/// The line a core error prints: its catalog message. A refusal the core knows only by its
/// English text (`request_refused`, developers' and authors' calls) keeps that text after the
/// catalog's words, so nothing is lost.
pub fn error_line(e: &Error) -> String {
    let m = e.message();
    let line = message(&m);
    match e {
        Error::InvalidInput(r) | Error::NotFound(r) | Error::Conflict(r)
            if m.id == MessageId::RequestRefused =>
        {
            format!("{line} ({})", r.detail)
        }
        // What the storage said (SQLite and the file system name no personal data), so a
        // report of it can be acted on.
        Error::Storage(detail) | Error::Internal(detail) => format!("{line} ({detail})"),
        _ => line,
    }
}

/// The name of a language in the interface language (`орыс тілі`).
pub fn language_name(l: Locale) -> String {
    match l {
        Locale::Kk => tr!("language_name_kk"),
        Locale::Ru => tr!("language_name_ru"),
        Locale::En => tr!("language_name_en"),
    }
}

/// A language's own name, as a language picker lists it (`Қазақша`).
pub fn language_autonym(l: Locale) -> String {
    match l {
        Locale::Kk => tr!("language_autonym_kk"),
        Locale::Ru => tr!("language_autonym_ru"),
        Locale::En => tr!("language_autonym_en"),
    }
}

/// A role's name.
pub fn role_name(r: Role) -> String {
    match r {
        Role::Student => tr!("role_student"),
        Role::Teacher => tr!("role_teacher"),
    }
}

/// `[иә/жоқ]`: the answers a yes/no question takes, in the interface language.
pub fn yes_no_hint() -> String {
    format!("[{}/{}]", tr!("confirm_yes"), tr!("confirm_no"))
}

/// Reads a yes/no answer: the catalog's words (`иә`/`жоқ`, `да`/`нет`) or their first letter,
/// and `y`/`yes`/`n`/`no` in any language; `None` for anything else.
pub fn yes_no(answer: &str) -> Option<bool> {
    let a = answer.trim().to_lowercase();
    if a.is_empty() {
        return None;
    }
    let word = |w: String| {
        let w = w.to_lowercase();
        a == w || w.chars().next().is_some_and(|c| a == c.to_string())
    };
    if word(tr!("confirm_yes")) || a == "y" || a == "yes" {
        Some(true)
    } else if word(tr!("confirm_no")) || a == "n" || a == "no" {
        Some(false)
    } else {
        None
    }
}

/// Time left: whole minutes, or seconds in the last minute (`12 мин қалды`, `45 сек қалды`).
pub fn time_left(seconds: i64) -> String {
    if seconds < 60 {
        tr!("time_left_seconds", seconds = seconds.max(0))
    } else {
        tr!("time_left_minutes", minutes = seconds / 60)
    }
}

/// The exam clock as it is drawn: `3:59:12`.
pub fn clock(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// What the system said about a file, in the interface language where it is a common case.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => tr!("io_not_found"),
        K::PermissionDenied => tr!("io_permission_denied"),
        K::ReadOnlyFilesystem => tr!("io_read_only"),
        K::StorageFull => tr!("io_storage_full"),
        K::NotADirectory => tr!("io_not_a_directory"),
        K::AlreadyExists => tr!("io_already_exists"),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    /// Every label macro call of this crate's sources: the id and the argument names passed.
    fn uses() -> BTreeMap<String, BTreeSet<String>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let mut rest = text.as_str();
            while let Some(at) = rest.find("tr!(") {
                rest = &rest[at + 4..];
                let body = rest.trim_start();
                let Some(body) = body.strip_prefix('"') else {
                    continue;
                };
                let id: String = body.chars().take_while(|c| *c != '"').collect();
                let snake = id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !snake {
                    continue;
                }
                // The arguments up to the matching parenthesis, split at top-level commas.
                let mut depth = 1;
                let mut args = vec![String::new()];
                for c in body[id.len() + 1..].chars() {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        break;
                    }
                    if c == ',' && depth == 1 {
                        args.push(String::new());
                    } else if let Some(a) = args.last_mut() {
                        a.push(c);
                    }
                }
                let names = out.entry(id).or_default();
                for a in args {
                    if let Some((name, _)) = a.split_once('=')
                        && !name.trim().is_empty()
                    {
                        names.insert(name.trim().to_string());
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_label_the_terminal_prints_is_in_every_catalog_with_its_arguments() {
        let uses = uses();
        assert!(
            uses.len() > 100,
            "the scan found the labels: {}",
            uses.len()
        );
        let mut wrong = Vec::new();
        for lang in Lang::ALL {
            let c = Catalog::embedded(lang);
            for (id, passed) in &uses {
                match c.variables(id) {
                    None => wrong.push(format!("{lang}.ftl lacks {id}")),
                    Some(used) => {
                        for v in used {
                            if !passed.contains(v) {
                                wrong.push(format!("{lang}.ftl {id} uses ${v}, not passed"));
                            }
                        }
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    }

    /// One test: the language is process-wide.
    #[test]
    fn yes_no_clock_and_time_left_in_each_language() {
        set(Locale::Kk);
        assert_eq!(yes_no("иә"), Some(true));
        assert_eq!(yes_no("Жоқ"), Some(false));
        assert_eq!(yes_no("y"), Some(true));
        assert_eq!(yes_no("да"), None);
        assert_eq!(time_left(600), "10 мин қалды");
        set(Locale::Ru);
        assert_eq!(yes_no("да"), Some(true));
        assert_eq!(yes_no("н"), Some(false));
        assert_eq!(yes_no_hint(), "[да/нет]");
        assert_eq!(yes_no(""), None);
        assert_eq!(time_left(45), "осталось 45 сек");
        assert_eq!(time_left(600), "осталось 10 мин");
        set(Locale::Kk);
        assert_eq!(clock(14_250), "3:57:30");
        assert_eq!(clock(-3), "0:00:00");
    }
}
