//! One language's catalog: parsing a file into messages, the embedded files, and formatting.
//!
//! Invariants: a [`Catalog`] only exists for text that parsed without a problem (or empty, for
//! an embedded file that failed to parse, which the tests rule out); [`Catalog::format`] is
//! total — every id and every argument list gives a string, nothing panics.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::OnceLock;

use crate::Lang;
use crate::ast::{Element, Key, Pattern};
use crate::parse;
use crate::plural;

/// A fault in a catalog file; it reads `<file>:<line>: <what>` (`ru.ftl:12: …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The language whose file it is in (`<code>.ftl`).
    pub lang: Lang,
    /// 1-based line where the faulty construct starts.
    pub line: usize,
    /// What is wrong, in English.
    pub what: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.ftl:{}: {}", self.lang.code(), self.line, self.what)
    }
}

/// The messages of one language, by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    lang: Lang,
    messages: BTreeMap<String, Pattern>,
}

impl Catalog {
    /// Parses the text of `<lang>.ftl`: the catalog, or every problem with its line.
    pub fn parse(lang: Lang, text: &str) -> Result<Catalog, Vec<Problem>> {
        match parse::parse(text) {
            Ok(entries) => Ok(Catalog {
                lang,
                messages: entries.into_iter().map(|e| (e.id, e.value)).collect(),
            }),
            Err(faults) => Err(faults
                .into_iter()
                .map(|f| Problem {
                    lang,
                    line: f.line,
                    what: f.what,
                })
                .collect()),
        }
    }

    /// The text of the shipped `<lang>.ftl`, embedded in the library.
    pub fn source(lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => include_str!("../kk.ftl"),
            Lang::Ru => include_str!("../ru.ftl"),
            Lang::En => include_str!("../en.ftl"),
        }
    }

    /// The shipped catalog of `lang`, parsed once on first use. A file that fails to parse
    /// gives an empty catalog (every id then formats as itself); the tests guarantee that the
    /// shipped files parse.
    pub fn embedded(lang: Lang) -> &'static Catalog {
        static KK: OnceLock<Catalog> = OnceLock::new();
        static RU: OnceLock<Catalog> = OnceLock::new();
        static EN: OnceLock<Catalog> = OnceLock::new();
        let cell = match lang {
            Lang::Kk => &KK,
            Lang::Ru => &RU,
            Lang::En => &EN,
        };
        cell.get_or_init(|| {
            Catalog::parse(lang, Catalog::source(lang)).unwrap_or_else(|_| Catalog {
                lang,
                messages: BTreeMap::new(),
            })
        })
    }

    /// The catalog's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Every id, in byte order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// Whether the catalog has a message `id`.
    pub fn contains(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The variables message `id` uses (inserted or selected on, in any variant), or `None`
    /// when there is no such message.
    pub fn variables(&self, id: &str) -> Option<BTreeSet<&str>> {
        fn collect<'a>(pattern: &'a Pattern, into: &mut BTreeSet<&'a str>) {
            for element in &pattern.0 {
                match element {
                    Element::Text(_) => {}
                    Element::Var(name) => {
                        into.insert(name);
                    }
                    Element::Select(select) => {
                        into.insert(&select.selector);
                        for variant in &select.variants {
                            collect(&variant.value, into);
                        }
                    }
                }
            }
        }
        let pattern = self.messages.get(id)?;
        let mut names = BTreeSet::new();
        collect(pattern, &mut names);
        Some(names)
    }

    /// Message `id` with `args` (`(name, value)` pairs; for a name given twice the first
    /// counts). A select on an argument whose value is an integer (`-`? and ASCII digits) takes
    /// the variant with that exact number, else the one of its plural category in this
    /// language; on any other value, the variant named exactly so; else the default. A missing
    /// id gives the id itself; a missing argument gives `{$name}` where it is inserted and the
    /// default variant where it is selected on.
    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        let Some(pattern) = self.messages.get(id) else {
            return id.to_string();
        };
        let mut out = String::new();
        self.write(pattern, args, &mut out);
        out
    }

    fn write(&self, pattern: &Pattern, args: &[(&str, &str)], out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|&(_, v)| v);
        for element in &pattern.0 {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Var(name) => match arg(name) {
                    Some(value) => out.push_str(value),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Select(select) => {
                    let chosen = arg(&select.selector).and_then(|value| {
                        let wanted = |key: &Key| match (key, plural::integer(value)) {
                            (Key::Number(n), Some((false, digits))) => n == digits,
                            (Key::Number(_), _) => false,
                            (Key::Name(name), Some((_, digits))) => {
                                name == plural::category(self.lang, digits)
                            }
                            (Key::Name(name), None) => name == value,
                        };
                        // Exact numbers first, then categories or names.
                        let numbers = select
                            .variants
                            .iter()
                            .filter(|v| matches!(v.key, Key::Number(_)));
                        let names = select
                            .variants
                            .iter()
                            .filter(|v| matches!(v.key, Key::Name(_)));
                        numbers.chain(names).find(|v| wanted(&v.key))
                    });
                    let variant = chosen.or_else(|| select.variants.get(select.default));
                    if let Some(variant) = variant {
                        self.write(&variant.value, args, out);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RU: &str = "\
## test
questions = { $count ->
    [0] Вопросов нет
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[many] { $count } вопросов
}.
shape = Ответ не подходит к заданию { $kind ->
    [matching] на соответствие
   *[other] с выбором ответа
}.
plain = Позиция { $position } из { $max }.
";

    fn ru() -> Catalog {
        Catalog::parse(Lang::Ru, RU).unwrap()
    }

    #[test]
    fn integers_select_by_exact_number_then_plural_category() {
        let c = ru();
        let got: Vec<String> = [
            "0", "1", "2", "5", "11", "12", "21", "22", "25", "101", "111",
        ]
        .iter()
        .map(|n| c.format("questions", &[("count", n)]))
        .collect();
        assert_eq!(
            got,
            [
                "Вопросов нет.",
                "1 вопрос.",
                "2 вопроса.",
                "5 вопросов.",
                "11 вопросов.",
                "12 вопросов.",
                "21 вопрос.",
                "22 вопроса.",
                "25 вопросов.",
                "101 вопрос.",
                "111 вопросов."
            ]
        );
        // The value is inserted as given; its digits select.
        assert_eq!(c.format("questions", &[("count", "00")]), "Вопросов нет.");
        assert_eq!(c.format("questions", &[("count", "-1")]), "-1 вопрос.");
    }

    #[test]
    fn other_values_select_by_name_or_take_the_default() {
        let c = ru();
        let shape = |kind| c.format("shape", &[("kind", kind)]);
        assert_eq!(
            shape("matching"),
            "Ответ не подходит к заданию на соответствие."
        );
        assert_eq!(
            shape("single"),
            "Ответ не подходит к заданию с выбором ответа."
        );
        assert_eq!(
            c.format("shape", &[]),
            "Ответ не подходит к заданию с выбором ответа."
        );
        // A category name given as a string matches as a name, as in Fluent.
        assert_eq!(c.format("questions", &[("count", "few")]), "few вопроса.");
        assert_eq!(c.format("questions", &[("count", "2.5")]), "2.5 вопросов.");
    }

    #[test]
    fn missing_ids_and_arguments_show_what_is_missing() {
        let c = ru();
        assert_eq!(c.format("no_such_id", &[("max", "3")]), "no_such_id");
        assert_eq!(
            c.format("plain", &[("max", "120")]),
            "Позиция {$position} из 120."
        );
        assert_eq!(
            c.format(
                "plain",
                &[
                    ("position", "5"),
                    ("max", "120"),
                    ("position", "7"),
                    ("x", "y")
                ]
            ),
            "Позиция 5 из 120."
        );
    }

    #[test]
    fn ids_and_variables_are_listed() {
        let c = ru();
        assert_eq!(c.lang(), Lang::Ru);
        assert_eq!(c.ids().collect::<Vec<_>>(), ["plain", "questions", "shape"]);
        assert!(c.contains("plain") && !c.contains("Plain"));
        let vars = |id| c.variables(id).map(|v| v.into_iter().collect::<Vec<_>>());
        assert_eq!(vars("plain"), Some(vec!["max", "position"]));
        assert_eq!(vars("questions"), Some(vec!["count"]));
        assert_eq!(vars("shape"), Some(vec!["kind"]));
        assert_eq!(vars("nothing"), None);
    }

    #[test]
    fn problems_read_file_line_and_what() {
        let problems = Catalog::parse(
            Lang::Kk,
            "a = x\nb = { -term }\nc = { $n ->\n  [one] y\n}\n",
        )
        .unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("kk.ftl:2: terms"), "{shown:?}");
        assert!(
            shown[1].starts_with("kk.ftl:3: a select expression needs a default"),
            "{shown:?}"
        );
    }

    #[test]
    fn embedded_catalogs_are_parsed_once_per_language() {
        for lang in Lang::ALL {
            let a = Catalog::embedded(lang);
            assert!(std::ptr::eq(a, Catalog::embedded(lang)));
            assert_eq!(a.lang(), lang);
        }
    }
}
