//! The string catalog of Qazstep: every word the app shows, one file per language (`kk.ftl`,
//! `ru.ftl`, `en.ftl` beside this crate), written in a strict subset of Project Fluent.
//!
//! The core computes every screen and names what it tells the user by a message id with
//! arguments (core's `MessageId`, `{"id": "position_out_of_range", "args": {"position": "121",
//! "max": "120"}}`); this crate turns such an id into a sentence in one language. The terminal
//! shell renders through it now; the Kotlin and Swift renderers of the phone shells will be
//! generated from the same files and must implement the same small semantics (below).
//!
//! Invariants:
//! - The shipped files parse without a problem, hold exactly the same ids, and every id uses
//!   the same variables in every language; every code of core's `MessageId::ALL` is an id in
//!   every language (all checked by `tests/catalog.rs`).
//! - The parser accepts exactly the subset documented below and refuses everything else Fluent
//!   has (terms, attributes, functions, message references, string and number literals) with
//!   `<file>:<line>: <what>`, reporting every faulty entry, not just the first.
//! - Formatting never fails and never panics: a missing id formats as the id itself, a missing
//!   argument as `{$name}`; an argument's value is inserted as given, unchanged.
//! - Plural categories follow CLDR's cardinal rules for integers (see [`Lang`]); a value that is
//!   not an integer selects by exact name.
//!
//! ```
//! use qazstep_strings::{Catalog, Lang};
//!
//! let ru = Catalog::embedded(Lang::Ru);
//! let text = ru.format("iin_length", &[("count", "11")]);
//! assert_eq!(text, "ИИН состоит из 12 цифр, а вы ввели 11 цифр. Проверьте номер.");
//! ```
//!
//! # The format
//!
//! A file is a sequence of comments (`#`, `##` for a section, `###` for the file), blank lines
//! and messages `id = value`. Ids are snake_case (`[a-z][a-z0-9_]*`). A value may continue on
//! indented lines (spaces, not tabs); as in Fluent, the common indentation of those lines is
//! removed, lines are joined with `\n`, and trailing blanks of the value are dropped. A value
//! holds text and placeables: a variable `{ $name }`, or a select expression on a variable:
//!
//! ```text
//! practice_count_range = A practice session has { $min } to { $max } { $max ->
//!         [one] question
//!        *[other] questions
//!     }.
//! ```
//!
//! Variant keys are CLDR plural categories (`zero`, `one`, `two`, `few`, `many`, `other`),
//! whole numbers (`[0]`, matched before the category) or other names (matched exactly against
//! an argument that is not an integer); exactly one variant is the default `*[…]`, used when
//! nothing else matches or the argument is missing. Selects may nest. Nothing else of Fluent is
//! accepted: no terms (`-brand`), attributes (`.title`), functions (`NUMBER()`), message
//! references (`{ other_id }`), string or number literals (`{ "{" }`), so a literal `{` or `}`
//! cannot be written. Fluent's bidi isolation marks around placeables are not inserted.

#![forbid(unsafe_code)]

mod ast;
mod catalog;
mod parse;
mod plural;

pub use catalog::{Catalog, Problem};

use std::fmt;

/// An interface language of the app, with its catalog file `<code>.ftl`.
///
/// Plural rules for integers (CLDR cardinals): `kk` and `en` — `one` if n = 1, else `other`;
/// `ru` — `one` if n mod 10 = 1 and n mod 100 ≠ 11, `few` if n mod 10 is 2 to 4 and n mod 100 is
/// not 12 to 14, else `many`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Kazakh (`kk`).
    Kk,
    /// Russian (`ru`).
    Ru,
    /// English (`en`).
    En,
}

impl Lang {
    /// Every language, in the order the app offers them.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The language with ISO 639-1 code `code` (`kk`, `ru`, `en`; lowercase, nothing else).
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "kk" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The ISO 639-1 code: `kk`, `ru` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_back_and_nothing_else_parses() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
            assert_eq!(lang.to_string(), lang.code());
        }
        for bad in ["", "KK", "kz", "ru-RU", " en", "kaz"] {
            assert_eq!(Lang::parse(bad), None, "{bad:?}");
        }
    }
}
