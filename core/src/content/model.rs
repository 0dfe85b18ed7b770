//! Value types shared by the bank, the blueprints and scoring.

use serde::{Deserialize, Serialize};

/// Language of content and interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// Kazakh.
    Kk,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Locale {
    /// Parses `kk`, `ru` or `en`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "kk" => Some(Locale::Kk),
            "ru" => Some(Locale::Ru),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The code (`kk`, `ru`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::Kk => "kk",
            Locale::Ru => "ru",
            Locale::En => "en",
        }
    }
}

/// Which national test a question or blueprint belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Exam {
    /// ҰБТ / ЕНТ, the university entrance test.
    Unt,
    /// ПББ / ОЗП, the teachers' knowledge assessment.
    Pbb,
}

impl Exam {
    /// Parses `unt` or `pbb`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "unt" => Some(Exam::Unt),
            "pbb" => Some(Exam::Pbb),
            _ => None,
        }
    }

    /// The code (`unt`, `pbb`).
    pub fn code(self) -> &'static str {
        match self {
            Exam::Unt => "unt",
            Exam::Pbb => "pbb",
        }
    }
}

/// The official task kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// One correct option.
    Single,
    /// One or more correct options (ҰБТ: 6 options, at most 3 correct).
    Multiple,
    /// Each prompt is matched to one option.
    Matching,
}

impl QuestionKind {
    /// Parses `single`, `multiple` or `matching`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "single" => Some(QuestionKind::Single),
            "multiple" => Some(QuestionKind::Multiple),
            "matching" => Some(QuestionKind::Matching),
            _ => None,
        }
    }

    /// The code (`single`, `multiple`, `matching`).
    pub fn code(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::Matching => "matching",
        }
    }

    // The shape rules of each kind (spec/content-pack.md `kind`), shared by the pack validator
    // and the scoring-case checker: a task outside them is in no pack, so in no attempt.

    /// What is wrong with `n` prompts of a matching task (2 to 6), if anything.
    pub(crate) fn prompts_problem(n: usize) -> Option<String> {
        (!(2..=6).contains(&n))
            .then(|| format!("a matching question has 2 to 6 prompts, found {n}"))
    }

    /// What is wrong with `n` options (single 2–5, multiple 4–8, matching at most 8 and at
    /// least its `prompts`, when known), if anything.
    pub(crate) fn options_problem(self, n: usize, prompts: Option<usize>) -> Option<String> {
        match self {
            QuestionKind::Single if !(2..=5).contains(&n) => Some(format!(
                "a single-choice question has 2 to 5 options, found {n}"
            )),
            QuestionKind::Multiple if !(4..=8).contains(&n) => Some(format!(
                "a multiple-choice question has 4 to 8 options, found {n}"
            )),
            QuestionKind::Matching if n > 8 => Some(format!(
                "a matching question has at most 8 options, found {n}"
            )),
            QuestionKind::Matching => prompts.filter(|&p| n < p).map(|p| {
                format!(
                    "a matching question needs at least as many options as prompts ({p} prompts, {n} options)"
                )
            }),
            _ => None,
        }
    }

    /// What is wrong with `n` correct answers (single exactly 1, multiple 1–3, matching one per
    /// prompt, when `prompts` is known), if anything.
    pub(crate) fn correct_problem(self, n: usize, prompts: Option<usize>) -> Option<String> {
        match self {
            QuestionKind::Single if n != 1 => Some(format!(
                "a single-choice question has exactly one correct option, found {n}"
            )),
            QuestionKind::Multiple if !(1..=3).contains(&n) => Some(format!(
                "a multiple-choice question has 1 to 3 correct options, found {n}"
            )),
            QuestionKind::Matching => prompts.filter(|&p| p != n).map(|p| {
                format!(
                    "a matching question needs one option index per prompt ({p} prompts, {n} indexes)"
                )
            }),
            _ => None,
        }
    }
}

/// A name given in Kazakh and Russian (and optionally English).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    /// Kazakh.
    pub kk: String,
    /// Russian.
    pub ru: String,
    /// English, when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl LocalizedText {
    /// The text in `locale`, falling back to Russian for a missing English text.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Kk => &self.kk,
            Locale::Ru => &self.ru,
            Locale::En => self.en.as_deref().unwrap_or(&self.ru),
        }
    }
}
