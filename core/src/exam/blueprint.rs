//! Exam blueprints: the rules of a national test as data (`core/blueprints/*.json`).
//!
//! A blueprint says which sections an exam has, what kinds of task fill them, how many points a
//! task is worth and how partial credit falls with mistakes, how long the exam lasts, which
//! subject choices are allowed and which total minimums (thresholds) exist. The schema is
//! documented in `core/blueprints/README.md`.
//!
//! Invariants:
//! - No exam number lives in code: every count, point value, duration and threshold comes from a
//!   blueprint, so a content update can correct a rule without a release.
//! - A [`Blueprint`] value has passed validation: [`Blueprint::from_value`] reports **every**
//!   problem with its JSON path (`sections[3].slots[1].count: must be ≥ 1`) and builds nothing
//!   unless there are none. Unknown fields are problems too.
//! - After resolution (`$1`, `$2` replaced by the chosen subjects) section ids are unique for
//!   every allowed choice; a threshold is always reachable; 0 mistakes is always worth the full
//!   points and points never grow with mistakes.
//! - The blueprints shipped with the app are embedded at compile time and validate (a test
//!   checks it); [`BlueprintRegistry`] lets a content update replace one by a higher revision
//!   only: an equal revision never changes the rules in use.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::content::{
    Exam, Locale, LocalizedText, QuestionKind, is_builtin_subject, unknown_subject_code,
};
use crate::error::{Error, Result};
use crate::message::{Message, MessageId};
use crate::validation::{Problem, json_problem};

/// The blueprints shipped with the app: file name and JSON text.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "unt-2024.json",
        include_str!("../../blueprints/unt-2024.json"),
    ),
    (
        "unt-2025.json",
        include_str!("../../blueprints/unt-2025.json"),
    ),
    (
        "unt-2026.json",
        include_str!("../../blueprints/unt-2026.json"),
    ),
    (
        "pbb-2024.json",
        include_str!("../../blueprints/pbb-2024.json"),
    ),
];

/// Points of one task kind and how they fall with mistakes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindRule {
    /// Maximum points of a task of this kind.
    pub points: u32,
    /// Points by number of mistakes: `by_mistakes[m]` for `m` mistakes, 0 beyond the end.
    /// Validated: `by_mistakes[0] == points`, non-increasing.
    pub by_mistakes: Vec<u32>,
}

impl KindRule {
    /// Points earned with `mistakes` mistakes: `by_mistakes[mistakes]`, or 0 past the table.
    pub fn points_for_mistakes(&self, mistakes: u32) -> u32 {
        usize::try_from(mistakes)
            .ok()
            .and_then(|m| self.by_mistakes.get(m).copied())
            .unwrap_or(0)
    }
}

/// The scoring rule of each task kind a blueprint uses (a kind without a rule may not appear in
/// its sections).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct KindScoring {
    /// Rule for single-answer tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub single: Option<KindRule>,
    /// Rule for "one or more correct" tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiple: Option<KindRule>,
    /// Rule for matching tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matching: Option<KindRule>,
}

impl KindScoring {
    /// The rule for `kind`, if the blueprint has one.
    pub fn get(&self, kind: QuestionKind) -> Option<&KindRule> {
        match kind {
            QuestionKind::Single => self.single.as_ref(),
            QuestionKind::Multiple => self.multiple.as_ref(),
            QuestionKind::Matching => self.matching.as_ref(),
        }
    }

    fn slot_mut(&mut self, kind: QuestionKind) -> &mut Option<KindRule> {
        match kind {
            QuestionKind::Single => &mut self.single,
            QuestionKind::Multiple => &mut self.multiple,
            QuestionKind::Matching => &mut self.matching,
        }
    }
}

/// The subject choice a candidate makes (ҰБТ: two profile subjects; ПББ: the subject taught).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Choices {
    /// How many subjects are chosen (0 = no choice).
    pub count: u32,
    /// The allowed combinations, each of exactly `count` subject codes. The order inside a tuple
    /// is the order of the resolved sections (`$1` is the first).
    pub allowed: Vec<Vec<String>>,
}

impl Choices {
    /// The allowed tuple with the same subjects as `chosen` (order-insensitive).
    pub fn find(&self, chosen: &[String]) -> Option<&[String]> {
        let want = sorted(chosen);
        self.allowed
            .iter()
            .find(|t| sorted(t) == want)
            .map(Vec::as_slice)
    }
}

fn sorted(codes: &[String]) -> Vec<&str> {
    let mut v: Vec<&str> = codes.iter().map(String::as_str).collect();
    v.sort_unstable();
    v
}

/// One group of tasks of one kind inside a section: either `count` free tasks, or `contexts`
/// groups of `per_context` tasks, each group sharing one context (text, figure, table).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlotSpec {
    /// Kind of every task in the slot.
    pub kind: QuestionKind,
    /// Number of free tasks (exclusive with `contexts`/`per_context`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Number of shared contexts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contexts: Option<u32>,
    /// Tasks per shared context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_context: Option<u32>,
    /// Required number of options of each task (e.g. 6 for ҰБТ "multiple"), if fixed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<u32>,
    /// Maximum points of each task, overriding the kind's rule (partial credit is scaled).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
}

impl SlotSpec {
    /// Number of tasks in the slot: `count`, or `contexts × per_context`.
    pub fn items(&self) -> u32 {
        let grouped = self
            .contexts
            .unwrap_or(0)
            .saturating_mul(self.per_context.unwrap_or(0));
        self.count.unwrap_or(0).saturating_add(grouped)
    }

    /// Whether the slot's tasks come in groups sharing a context.
    pub fn is_context_group(&self) -> bool {
        self.contexts.is_some()
    }
}

/// A section as written in the blueprint (its subject may be a choice reference `$n`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionSpec {
    /// Explicit section id; when absent the resolved subject code is the id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Subject code, or `$n` for the n-th chosen subject.
    pub subject: String,
    /// Display name, when the blueprint gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<LocalizedText>,
    /// Minimum points to pass the section; absent = no section minimum.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_points: Option<u32>,
    /// The task groups, in position order.
    pub slots: Vec<SlotSpec>,
}

impl SectionSpec {
    /// The choice index (1-based) when the subject is `$n`.
    pub fn choice_ref(&self) -> Option<usize> {
        choice_ref(&self.subject)
    }
}

/// A section with its subject resolved for a given choice: what an exam attempt is built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedSection {
    /// Runtime id: the section's `id`, else its resolved subject code.
    pub id: String,
    /// Resolved subject code.
    pub subject: String,
    /// Display name: the blueprint's, else the subject's built-in name (so a profile section
    /// `$n` is named after the chosen subject); absent for an unresolved `$n`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<LocalizedText>,
    /// Minimum points to pass the section, if any.
    pub min_points: Option<u32>,
    /// The task groups, in position order.
    pub slots: Vec<SlotSpec>,
}

/// A total minimum (ҰБТ: by kind of university or field; ПББ: a qualification category).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThresholdSpec {
    /// Stable id (`national_universities`, `pedagog`…).
    pub id: String,
    /// Display name.
    pub name: LocalizedText,
    /// Minimum total in points (exclusive with `min_percent`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_total: Option<u32>,
    /// Minimum total as a percentage of the maximum total (exclusive with `min_total`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_percent: Option<u32>,
}

impl ThresholdSpec {
    /// The minimum in points for an exam whose maximum total is `max_total`:
    /// `min_total`, or `ceil(min_percent × max_total / 100)`.
    pub fn min_total_for(&self, max_total: u32) -> u32 {
        match (self.min_total, self.min_percent) {
            (Some(points), _) => points,
            (None, Some(pct)) => {
                let num = u64::from(pct) * u64::from(max_total);
                u32::try_from(num.div_ceil(100)).unwrap_or(u32::MAX)
            }
            (None, None) => 0,
        }
    }
}

/// A validated exam blueprint (see the module docs and `core/blueprints/README.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Blueprint {
    /// Stable id, e.g. `unt-2025`.
    pub id: String,
    /// Which test.
    pub exam: Exam,
    /// Revision of this id; only a higher revision replaces the one in use.
    pub revision: u32,
    /// The year whose rules it describes.
    pub year: u32,
    /// Display name.
    pub name: LocalizedText,
    /// Where the rules come from and how sure they are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Duration of the whole exam in minutes.
    pub duration_minutes: u32,
    /// Extra minutes for candidates with special educational needs.
    pub extra_minutes: u32,
    /// Duration by chosen subject, replacing `duration_minutes` (ПББ: 125 for math…).
    pub duration_by_subject: BTreeMap<String, u32>,
    /// Aids the real test software offers (`calculator`, `periodic_table`…).
    pub aids: Vec<String>,
    /// The languages the test is held in (ҰБТ: kk, ru, en; ПББ: kk, ru); never empty.
    pub languages: Vec<Locale>,
    /// Points and partial credit by task kind.
    pub scoring: KindScoring,
    /// The subject choice.
    pub choices: Choices,
    /// Sections in position order.
    pub sections: Vec<SectionSpec>,
    /// Total minimums, in display order.
    pub thresholds: Vec<ThresholdSpec>,
}

impl Blueprint {
    /// Parses and validates a blueprint from JSON text; every problem is reported.
    pub fn from_json(text: &str) -> std::result::Result<Blueprint, Vec<Problem>> {
        // `from_slice`, like every JSON read of the core: one reader type, one instantiation.
        let value: Value = serde_json::from_slice(text.as_bytes())
            .map_err(|e| vec![json_problem(&e, text.as_bytes())])?;
        Self::from_value(&value)
    }

    /// Validates a blueprint given as a JSON value; every problem is reported with its path.
    pub fn from_value(v: &Value) -> std::result::Result<Blueprint, Vec<Problem>> {
        parse::blueprint(v)
    }

    /// The blueprints shipped with the app, sorted by id. (Each one is validated; a test
    /// asserts none is dropped.)
    pub fn embedded() -> Vec<Blueprint> {
        let mut all: Vec<Blueprint> = EMBEDDED
            .iter()
            .filter_map(|(_, text)| Self::from_json(text).ok())
            .collect();
        // Unstable: the embedded ids are distinct (and a stable sort instantiates a merge sort).
        all.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        all
    }

    /// The JSON text of the shipped blueprints, by file name (for tools and tests).
    pub fn embedded_sources() -> &'static [(&'static str, &'static str)] {
        EMBEDDED
    }

    /// The sections for the subjects `chosen`. The choice must match an allowed tuple
    /// (order-insensitive); sections follow the allowed tuple's order, so `physics, math` gives
    /// the same sections as `math, physics`.
    ///
    /// Errors: [`Error::InvalidInput`] naming the choice and listing the allowed ones.
    pub fn resolve_sections(&self, chosen: &[String]) -> Result<Vec<ResolvedSection>> {
        if self.choices.count == 0 {
            if !chosen.is_empty() {
                return Err(Error::invalid(
                    Message::new(MessageId::SubjectsNotAllowed)
                        .arg("blueprint", &self.id)
                        .arg("subjects", chosen.join("+"))
                        .arg("count", 0),
                    format!(
                        "blueprint \"{}\" takes no subject choice, but {} was given",
                        self.id,
                        chosen.join("+")
                    ),
                ));
            }
            return Ok(self.resolve_unchecked(&[]));
        }
        match self.choices.find(chosen) {
            Some(tuple) => Ok(self.resolve_unchecked(tuple)),
            None => {
                let allowed: Vec<String> =
                    self.choices.allowed.iter().map(|t| t.join("+")).collect();
                let given = if chosen.is_empty() {
                    "no subjects".to_string()
                } else {
                    format!("\"{}\"", chosen.join("+"))
                };
                Err(Error::invalid(
                    Message::new(MessageId::SubjectsNotAllowed)
                        .arg("blueprint", &self.id)
                        .arg("subjects", chosen.join("+"))
                        .arg("count", self.choices.count),
                    format!(
                        "{given} is not an allowed choice of {} subject(s) for blueprint \"{}\"; allowed: {}",
                        self.choices.count,
                        self.id,
                        allowed.join(", ")
                    ),
                ))
            }
        }
    }

    /// Resolves sections without checking the choice: `$n` takes `chosen[n-1]`; a `$n` section
    /// beyond `chosen` is kept (subject left as `$n`) only when it has an explicit id.
    pub fn resolve_unchecked(&self, chosen: &[String]) -> Vec<ResolvedSection> {
        self.sections
            .iter()
            .filter_map(|s| {
                let subject = match s.choice_ref() {
                    Some(n) => match chosen.get(n - 1) {
                        Some(code) => code.clone(),
                        None if s.id.is_some() => s.subject.clone(),
                        None => return None,
                    },
                    None => s.subject.clone(),
                };
                // A profile section (`$n`) is named after its subject unless the blueprint
                // names it, so every section a shell shows has a name.
                let name = s
                    .name
                    .clone()
                    .or_else(|| crate::content::builtin_subject(&subject).map(|b| b.name));
                Some(ResolvedSection {
                    id: s.id.clone().unwrap_or_else(|| subject.clone()),
                    subject,
                    name,
                    min_points: s.min_points,
                    slots: s.slots.clone(),
                })
            })
            .collect()
    }

    /// Section ids that do not depend on the choice (explicit ids and fixed subjects), in order.
    pub fn fixed_section_ids(&self) -> Vec<String> {
        self.sections
            .iter()
            .filter_map(|s| match (&s.id, s.choice_ref()) {
                (Some(id), _) => Some(id.clone()),
                (None, None) => Some(s.subject.clone()),
                (None, Some(_)) => None,
            })
            .collect()
    }

    /// Exam duration in minutes for the chosen subjects: the longest `duration_by_subject`
    /// among them, else `duration_minutes` (extra time for special needs not included).
    pub fn duration_minutes_for(&self, chosen: &[String]) -> u32 {
        chosen
            .iter()
            .filter_map(|c| self.duration_by_subject.get(c).copied())
            .max()
            .unwrap_or(self.duration_minutes)
    }

    /// Maximum points of one task of `kind` (0 when the blueprint has no rule for it).
    pub fn points_for_kind(&self, kind: QuestionKind) -> u32 {
        self.scoring.get(kind).map_or(0, |r| r.points)
    }

    /// Maximum points of one task of `slot`: its `points` override, else its kind's points.
    pub fn points_for(&self, slot: &SlotSpec) -> u32 {
        slot.points
            .unwrap_or_else(|| self.points_for_kind(slot.kind))
    }

    /// Maximum points of a section.
    pub fn section_max(&self, slots: &[SlotSpec]) -> u32 {
        slots.iter().fold(0u32, |acc, s| {
            acc.saturating_add(s.items().saturating_mul(self.points_for(s)))
        })
    }

    /// Maximum total over `sections`.
    pub fn max_total(&self, sections: &[ResolvedSection]) -> u32 {
        sections.iter().fold(0u32, |acc, s| {
            acc.saturating_add(self.section_max(&s.slots))
        })
    }

    /// Number of tasks over `sections`.
    pub fn total_items(&self, sections: &[ResolvedSection]) -> u32 {
        sections.iter().fold(0u32, |acc, s| {
            acc.saturating_add(
                s.slots
                    .iter()
                    .fold(0u32, |a, slot| a.saturating_add(slot.items())),
            )
        })
    }

    /// The threshold with `id`.
    pub fn threshold(&self, id: &str) -> Option<&ThresholdSpec> {
        self.thresholds.iter().find(|t| t.id == id)
    }
}

/// `$n` (n ≥ 1, digits only) → n.
fn choice_ref(subject: &str) -> Option<usize> {
    let digits = subject.strip_prefix('$')?;
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<usize>().ok().filter(|n| *n >= 1)
}

/// The shipped blueprints plus overrides from content updates.
#[derive(Debug, Clone)]
pub struct BlueprintRegistry {
    by_id: BTreeMap<String, Blueprint>,
}

impl BlueprintRegistry {
    /// The embedded blueprints, each replaced by an `extra` with the same id and a higher
    /// revision; new ids are added. An extra with a lower or an equal revision is ignored, so of
    /// equal revisions the first stays: the embedded one, then the extras in their order (packs
    /// in the order they were first installed). Only a higher revision changes the rules in use.
    pub fn new(extra: Vec<Blueprint>) -> Self {
        // Inserted one by one (like the extras below): `collect` into a map sorts with a stable
        // sort instantiated for this pair type alone.
        let mut by_id: BTreeMap<String, Blueprint> = BTreeMap::new();
        for b in Blueprint::embedded() {
            by_id.insert(b.id.clone(), b);
        }
        for b in extra {
            let replace = by_id
                .get(&b.id)
                .is_none_or(|current| b.revision > current.revision);
            if replace {
                by_id.insert(b.id.clone(), b);
            }
        }
        Self { by_id }
    }

    /// The blueprint with `id`. Errors: [`Error::NotFound`] listing the available ids.
    pub fn get(&self, id: &str) -> Result<&Blueprint> {
        self.by_id.get(id).ok_or_else(|| {
            let available: Vec<&str> = self.by_id.keys().map(String::as_str).collect();
            Error::not_found(
                Message::new(MessageId::BlueprintUnknown).arg("blueprint", id),
                format!(
                    "unknown blueprint \"{id}\"; available: {}",
                    available.join(", ")
                ),
            )
        })
    }

    /// Every blueprint, sorted by id.
    pub fn list(&self) -> Vec<&Blueprint> {
        self.by_id.values().collect()
    }
}

impl Default for BlueprintRegistry {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

/// Reading JSON values field by field, collecting path-precise problems (shared with the
/// scoring-case parser).
pub(crate) mod read {
    use serde_json::{Map, Value};

    use crate::content::{LocalizedText, QuestionKind};
    use crate::validation::Problem;

    /// `path.key` (`key` at the root).
    pub(crate) fn field(path: &str, key: &str) -> String {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    }

    /// `path[i]`.
    pub(crate) fn index(path: &str, i: usize) -> String {
        format!("{path}[{i}]")
    }

    /// Records a problem at `path` (`$` for the root).
    pub(crate) fn push(p: &mut Vec<Problem>, path: &str, msg: impl Into<String>) {
        let at = if path.is_empty() { "$" } else { path };
        p.push(Problem::new(at, msg));
    }

    /// JSON type name for messages.
    pub(crate) fn type_name(v: &Value) -> &'static str {
        match v {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// An object whose fields are all in `known`; each unknown field is a problem.
    pub(crate) fn object<'a>(
        v: &'a Value,
        path: &str,
        known: &[&str],
        p: &mut Vec<Problem>,
    ) -> Option<&'a Map<String, Value>> {
        let Some(m) = v.as_object() else {
            push(
                p,
                path,
                format!("must be an object, found {}", type_name(v)),
            );
            return None;
        };
        for k in m.keys() {
            if !known.contains(&k.as_str()) {
                push(
                    p,
                    &field(path, k),
                    format!("unknown field; expected one of: {}", known.join(", ")),
                );
            }
        }
        Some(m)
    }

    /// A required field (`missing required field` otherwise; `null` counts as missing).
    pub(crate) fn required<'a>(
        m: &'a Map<String, Value>,
        path: &str,
        key: &str,
        p: &mut Vec<Problem>,
    ) -> Option<&'a Value> {
        match m.get(key) {
            Some(Value::Null) | None => {
                push(p, &field(path, key), "missing required field");
                None
            }
            Some(v) => Some(v),
        }
    }

    /// An optional field (`null` counts as absent).
    pub(crate) fn optional<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
        m.get(key).filter(|v| !v.is_null())
    }

    /// A whole number that fits in u32.
    pub(crate) fn uint(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<u32> {
        uint_min(v, path, 0, p)
    }

    /// A whole number ≥ `min` that fits in u32; the message states the bound that applies.
    pub(crate) fn uint_min(v: &Value, path: &str, min: u32, p: &mut Vec<Problem>) -> Option<u32> {
        let message = match v.as_u64().map(u32::try_from) {
            Some(Ok(n)) if n >= min => return Some(n),
            Some(Ok(_)) => format!("must be ≥ {min}"),
            Some(Err(_)) => format!("must be at most {}", u32::MAX),
            None => format!("must be a whole number ≥ {min}, found {}", describe(v)),
        };
        push(p, path, message);
        None
    }

    /// A short rendering of a value for messages.
    pub(crate) fn describe(v: &Value) -> String {
        match v {
            Value::Number(n) => n.to_string(),
            other => type_name(other).to_string(),
        }
    }

    /// A string.
    pub(crate) fn string<'a>(v: &'a Value, path: &str, p: &mut Vec<Problem>) -> Option<&'a str> {
        match v.as_str() {
            Some(s) => Some(s),
            None => {
                push(p, path, format!("must be a string, found {}", type_name(v)));
                None
            }
        }
    }

    /// A non-empty string (surrounding blanks do not count).
    pub(crate) fn text<'a>(v: &'a Value, path: &str, p: &mut Vec<Problem>) -> Option<&'a str> {
        let s = string(v, path, p)?;
        if s.trim().is_empty() {
            push(p, path, "must not be empty");
            return None;
        }
        Some(s)
    }

    /// Whether `s` is a code: lowercase ASCII letter, then lowercase letters, digits, `_`.
    pub(crate) fn is_code(s: &str) -> bool {
        let mut bytes = s.bytes();
        matches!(bytes.next(), Some(b'a'..=b'z'))
            && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_'))
            && s.len() <= 64
    }

    /// A code (`history_kz`): see [`is_code`].
    pub(crate) fn code(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<String> {
        let s = string(v, path, p)?;
        if !is_code(s) {
            push(
                p,
                path,
                format!(
                    "\"{}\" is not a code (lowercase letter, then lowercase letters, digits or _)",
                    clip(s)
                ),
            );
            return None;
        }
        Some(s.to_string())
    }

    /// An array.
    pub(crate) fn array<'a>(v: &'a Value, path: &str, p: &mut Vec<Problem>) -> Option<&'a [Value]> {
        match v.as_array() {
            Some(a) => Some(a.as_slice()),
            None => {
                push(p, path, format!("must be an array, found {}", type_name(v)));
                None
            }
        }
    }

    /// A task kind.
    pub(crate) fn kind(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<QuestionKind> {
        let s = string(v, path, p)?;
        let k = QuestionKind::parse(s);
        if k.is_none() {
            push(
                p,
                path,
                format!(
                    "unknown kind \"{}\"; expected single, multiple or matching",
                    clip(s)
                ),
            );
        }
        k
    }

    /// A localized text `{"kk": …, "ru": …, "en"?: …}` with non-empty kk and ru.
    pub(crate) fn localized(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<LocalizedText> {
        let m = object(v, path, &["kk", "ru", "en"], p)?;
        let kk = required(m, path, "kk", p).and_then(|v| text(v, &field(path, "kk"), p));
        let ru = required(m, path, "ru", p).and_then(|v| text(v, &field(path, "ru"), p));
        let en = optional(m, "en").map(|v| text(v, &field(path, "en"), p));
        match (kk, ru, en) {
            (Some(kk), Some(ru), None) => Some(LocalizedText {
                kk: kk.to_string(),
                ru: ru.to_string(),
                en: None,
            }),
            (Some(kk), Some(ru), Some(Some(en))) => Some(LocalizedText {
                kk: kk.to_string(),
                ru: ru.to_string(),
                en: Some(en.to_string()),
            }),
            _ => None,
        }
    }

    /// At most 40 characters of `s`, for messages.
    pub(crate) fn clip(s: &str) -> String {
        let mut out: String = s.chars().take(40).collect();
        if s.chars().nth(40).is_some() {
            out.push('…');
        }
        out
    }
}

/// The blueprint validator.
mod parse {
    use super::read::{
        array, clip, code, field, index, is_code, kind, localized, object, optional, push,
        required, string, text, uint, uint_min,
    };
    use super::*;

    const TOP: &[&str] = &[
        "id",
        "exam",
        "revision",
        "year",
        "name",
        "source",
        "duration_minutes",
        "extra_minutes",
        "duration_by_subject",
        "aids",
        "languages",
        "scoring",
        "choices",
        "sections",
        "thresholds",
    ];
    const SECTION: &[&str] = &["id", "subject", "name", "min_points", "slots"];
    const SLOT: &[&str] = &[
        "kind",
        "count",
        "contexts",
        "per_context",
        "options",
        "points",
    ];
    const RULE: &[&str] = &["points", "by_mistakes"];
    const CHOICES: &[&str] = &["count", "allowed"];
    const THRESHOLD: &[&str] = &["id", "name", "min_total", "min_percent"];

    pub(super) fn blueprint(v: &Value) -> std::result::Result<Blueprint, Vec<Problem>> {
        let mut p = Vec::new();
        let Some(m) = object(v, "", TOP, &mut p) else {
            return Err(p);
        };
        let p = &mut p;

        let id = required(m, "", "id", p).and_then(|v| blueprint_id(v, "id", p));
        let exam = required(m, "", "exam", p).and_then(|v| exam(v, "exam", p));
        let revision = required(m, "", "revision", p).and_then(|v| uint_min(v, "revision", 1, p));
        let year = required(m, "", "year", p).and_then(|v| year(v, "year", p));
        let name = required(m, "", "name", p).and_then(|v| localized(v, "name", p));
        let source = match optional(m, "source") {
            Some(v) => text(v, "source", p).map(|s| Some(s.to_string())),
            None => Some(None),
        };
        let duration = required(m, "", "duration_minutes", p)
            .and_then(|v| uint_min(v, "duration_minutes", 1, p));
        let extra = match optional(m, "extra_minutes") {
            Some(v) => uint(v, "extra_minutes", p),
            None => Some(0),
        };
        let by_subject = match optional(m, "duration_by_subject") {
            Some(v) => duration_by_subject(v, "duration_by_subject", p),
            None => Some(BTreeMap::new()),
        };
        let aids = match optional(m, "aids") {
            Some(v) => aids(v, "aids", p),
            None => Some(Vec::new()),
        };
        let languages = match optional(m, "languages") {
            Some(v) => languages(v, "languages", p),
            None => Some(vec![Locale::Kk, Locale::Ru, Locale::En]),
        };
        // The rules that are sound, and every kind the scoring names (sound or not).
        let scoring_parts = required(m, "", "scoring", p).and_then(|v| scoring(v, "scoring", p));
        let choices = match optional(m, "choices") {
            Some(v) => choices(v, "choices", p),
            None => Some(Choices::default()),
        };
        // The choice count bounds `$n` in sections even when the rest of `choices` is broken
        // (its own problems are reported there); absent choices mean a count of 0.
        let choice_count = match optional(m, "choices") {
            Some(c) => c
                .get("count")
                .and_then(Value::as_u64)
                .and_then(|n| u32::try_from(n).ok()),
            None => Some(0),
        };
        let section_parts =
            required(m, "", "sections", p).and_then(|v| sections(v, "sections", choice_count, p));
        let thresholds = match optional(m, "thresholds") {
            Some(v) => thresholds(v, "thresholds", p),
            None => Some(Vec::new()),
        };

        // Cross-field checks, each only when the fields it needs are sound. Checks of one section
        // run on every sound section; checks across sections need them all sound.
        let sound: Vec<(usize, &SectionSpec)> = section_parts
            .iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|s| (i, s)))
            .collect();
        if let Some((rules, named)) = &scoring_parts {
            check_slot_kinds(named, &sound, p);
            check_section_minimums(rules, &sound, p);
        }
        let sections: Option<Vec<SectionSpec>> =
            section_parts.and_then(|parts| parts.into_iter().collect());
        if let (Some(choices), Some(sections)) = (&choices, &sections) {
            check_choice_use(choices, sections, p);
            check_unique_ids(choices, sections, p);
            if let Some(by_subject) = &by_subject {
                check_duration_subjects(by_subject, choices, sections, p);
            }
        }
        if let (Some((rules, _)), Some(sections), Some(thresholds)) =
            (&scoring_parts, &sections, &thresholds)
        {
            check_reachable(rules, sections, thresholds, p);
        }
        let scoring = scoring_parts.map(|(rules, _)| rules);

        match (
            id, exam, revision, year, name, source, duration, extra, by_subject, aids, languages,
            scoring, choices, sections, thresholds,
        ) {
            (
                Some(id),
                Some(exam),
                Some(revision),
                Some(year),
                Some(name),
                Some(source),
                Some(duration_minutes),
                Some(extra_minutes),
                Some(duration_by_subject),
                Some(aids),
                Some(languages),
                Some(scoring),
                Some(choices),
                Some(sections),
                Some(thresholds),
            ) if p.is_empty() => Ok(Blueprint {
                id,
                exam,
                revision,
                year,
                name,
                source,
                duration_minutes,
                extra_minutes,
                duration_by_subject,
                aids,
                languages,
                scoring,
                choices,
                sections,
                thresholds,
            }),
            _ => {
                if p.is_empty() {
                    push(p, "", "invalid blueprint");
                }
                Err(std::mem::take(p))
            }
        }
    }

    fn blueprint_id(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<String> {
        let s = string(v, path, p)?;
        let ok = matches!(s.bytes().next(), Some(b'a'..=b'z' | b'0'..=b'9'))
            && s.len() <= 64
            && s.bytes()
                .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-'));
        if !ok {
            push(
                p,
                path,
                format!(
                    "\"{}\" is not a blueprint id (lowercase letters, digits, _ and -)",
                    clip(s)
                ),
            );
            return None;
        }
        Some(s.to_string())
    }

    fn exam(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<Exam> {
        let s = string(v, path, p)?;
        let e = Exam::parse(s);
        if e.is_none() {
            push(
                p,
                path,
                format!("unknown exam \"{}\"; expected unt or pbb", clip(s)),
            );
        }
        e
    }

    fn year(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<u32> {
        let y = uint(v, path, p)?;
        if !(2000..=2100).contains(&y) {
            push(p, path, format!("{y} is not a plausible year (2000–2100)"));
            return None;
        }
        Some(y)
    }

    fn duration_by_subject(
        v: &Value,
        path: &str,
        p: &mut Vec<Problem>,
    ) -> Option<BTreeMap<String, u32>> {
        let Some(m) = v.as_object() else {
            push(
                p,
                path,
                format!(
                    "must be an object of subject → minutes, found {}",
                    super::read::type_name(v)
                ),
            );
            return None;
        };
        let before = p.len();
        let mut out = BTreeMap::new();
        for (k, v) in m {
            let at = field(path, k);
            if !is_code(k) {
                push(p, &at, format!("\"{}\" is not a subject code", clip(k)));
            }
            if let Some(minutes) = uint_min(v, &at, 1, p) {
                out.insert(k.clone(), minutes);
            }
        }
        (p.len() == before).then_some(out)
    }

    fn aids(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<Vec<String>> {
        let items = array(v, path, p)?;
        let before = p.len();
        let mut out: Vec<String> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = index(path, i);
            if let Some(c) = code(item, &at, p) {
                if out.contains(&c) {
                    push(p, &at, format!("aid \"{c}\" is listed twice"));
                } else {
                    out.push(c);
                }
            }
        }
        (p.len() == before).then_some(out)
    }

    /// A non-empty list of distinct language codes (`kk`, `ru`, `en`).
    fn languages(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<Vec<Locale>> {
        let items = array(v, path, p)?;
        let before = p.len();
        if items.is_empty() {
            push(p, path, "must list at least one language (kk, ru, en)");
        }
        let mut out: Vec<Locale> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = index(path, i);
            let Some(code) = string(item, &at, p) else {
                continue;
            };
            match Locale::parse(code) {
                Some(l) if out.contains(&l) => {
                    push(p, &at, format!("language \"{code}\" is listed twice"));
                }
                Some(l) => out.push(l),
                None => push(
                    p,
                    &at,
                    format!("unknown language \"{}\"; expected kk, ru or en", clip(code)),
                ),
            }
        }
        (p.len() == before).then_some(out)
    }

    /// The sound rules, and the set of kinds the scoring names.
    fn scoring(
        v: &Value,
        path: &str,
        p: &mut Vec<Problem>,
    ) -> Option<(KindScoring, BTreeSet<QuestionKind>)> {
        let m = object(v, path, &["single", "multiple", "matching"], p)?;
        let mut out = KindScoring::default();
        let mut named = BTreeSet::new();
        for k in [
            QuestionKind::Single,
            QuestionKind::Multiple,
            QuestionKind::Matching,
        ] {
            if let Some(rv) = optional(m, k.code()) {
                named.insert(k);
                *out.slot_mut(k) = kind_rule(rv, &field(path, k.code()), p);
            }
        }
        if named.is_empty() {
            push(p, path, "must give the rule of at least one kind");
        }
        Some((out, named))
    }

    fn kind_rule(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<KindRule> {
        let m = object(v, path, RULE, p)?;
        let before = p.len();
        let points =
            required(m, path, "points", p).and_then(|v| uint_min(v, &field(path, "points"), 1, p));
        let bm_path = field(path, "by_mistakes");
        let by_mistakes = required(m, path, "by_mistakes", p).and_then(|v| {
            let items = array(v, &bm_path, p)?;
            if items.is_empty() {
                push(p, &bm_path, "must list at least the points for 0 mistakes");
                return None;
            }
            let vals: Vec<Option<u32>> = items
                .iter()
                .enumerate()
                .map(|(i, x)| uint(x, &index(&bm_path, i), p))
                .collect();
            vals.into_iter().collect::<Option<Vec<u32>>>()
        });
        if let (Some(points), Some(table)) = (points, &by_mistakes) {
            if let Some(first) = table.first()
                && *first != points
            {
                push(
                    p,
                    &index(&bm_path, 0),
                    format!("0 mistakes must be worth the full points ({points}), found {first}"),
                );
            }
            for i in 1..table.len() {
                if table[i] > table[i - 1] {
                    push(
                        p,
                        &index(&bm_path, i),
                        format!(
                            "{} is more than by_mistakes[{}] ({}); points must not grow with mistakes",
                            table[i],
                            i - 1,
                            table[i - 1]
                        ),
                    );
                }
            }
        }
        match (points, by_mistakes) {
            (Some(points), Some(by_mistakes)) if p.len() == before => Some(KindRule {
                points,
                by_mistakes,
            }),
            _ => None,
        }
    }

    fn choices(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<Choices> {
        let m = object(v, path, CHOICES, p)?;
        let before = p.len();
        let count = required(m, path, "count", p).and_then(|v| uint(v, &field(path, "count"), p));
        let al_path = field(path, "allowed");
        let items = match optional(m, "allowed") {
            Some(v) => array(v, &al_path, p),
            None => Some(&[][..]),
        };
        let mut allowed: Vec<Vec<String>> = Vec::new();
        let mut seen: Vec<(Vec<String>, usize)> = Vec::new();
        if let Some(items) = items {
            if let Some(count) = count {
                if count == 0 && !items.is_empty() {
                    push(p, &al_path, "must be empty when count is 0");
                }
                if count > 0 && items.is_empty() {
                    push(p, &al_path, "must list at least one allowed choice");
                }
            }
            for (i, t) in items.iter().enumerate() {
                let at = index(&al_path, i);
                let Some(codes) = array(t, &at, p) else {
                    continue;
                };
                let mut tuple: Vec<String> = Vec::new();
                for (j, c) in codes.iter().enumerate() {
                    let cat = index(&at, j);
                    if let Some(c) = code(c, &cat, p) {
                        if !is_builtin_subject(&c) {
                            push(p, &cat, unknown_subject_code(&c));
                        } else if tuple.contains(&c) {
                            push(p, &cat, format!("subject \"{c}\" is chosen twice"));
                        }
                        tuple.push(c);
                    }
                }
                if let Some(count) = count
                    && usize::try_from(count).ok() != Some(codes.len())
                {
                    push(
                        p,
                        &at,
                        format!(
                            "must list exactly {count} subject(s) (choices.count), found {}",
                            codes.len()
                        ),
                    );
                }
                let mut key = tuple.clone();
                key.sort();
                if let Some((_, first)) = seen.iter().find(|(k, _)| *k == key) {
                    push(
                        p,
                        &at,
                        format!("repeats allowed[{first}] (order does not matter)"),
                    );
                } else {
                    seen.push((key, i));
                }
                allowed.push(tuple);
            }
        }
        match count {
            Some(count) if p.len() == before => Some(Choices { count, allowed }),
            _ => None,
        }
    }

    /// Each section, `None` where it has problems of its own.
    fn sections(
        v: &Value,
        path: &str,
        choice_count: Option<u32>,
        p: &mut Vec<Problem>,
    ) -> Option<Vec<Option<SectionSpec>>> {
        let items = array(v, path, p)?;
        if items.is_empty() {
            push(p, path, "must list at least one section");
        }
        Some(
            items
                .iter()
                .enumerate()
                .map(|(i, s)| section(s, &index(path, i), choice_count, p))
                .collect(),
        )
    }

    fn section(
        v: &Value,
        path: &str,
        choice_count: Option<u32>,
        p: &mut Vec<Problem>,
    ) -> Option<SectionSpec> {
        let m = object(v, path, SECTION, p)?;
        let before = p.len();
        let id = match optional(m, "id") {
            Some(v) => code(v, &field(path, "id"), p).map(Some),
            None => Some(None),
        };
        let sub_path = field(path, "subject");
        let subject = required(m, path, "subject", p).and_then(|v| {
            let s = string(v, &sub_path, p)?;
            if s.starts_with('$') {
                let Some(n) = choice_ref(s) else {
                    push(
                        p,
                        &sub_path,
                        format!("\"{}\" is not a choice reference ($1, $2, …)", clip(s)),
                    );
                    return None;
                };
                if let Some(count) = choice_count
                    && n > usize::try_from(count).unwrap_or(usize::MAX)
                {
                    push(
                        p,
                        &sub_path,
                        format!("{s} refers to chosen subject {n}, but choices.count is {count}"),
                    );
                    return None;
                }
                Some(s.to_string())
            } else if is_builtin_subject(s) {
                Some(s.to_string())
            } else if is_code(s) {
                push(p, &sub_path, unknown_subject_code(s));
                None
            } else {
                push(
                    p,
                    &sub_path,
                    format!(
                        "\"{}\" is neither a subject code nor a choice reference ($1, $2, …)",
                        clip(s)
                    ),
                );
                None
            }
        });
        let name = match optional(m, "name") {
            Some(v) => localized(v, &field(path, "name"), p).map(Some),
            None => Some(None),
        };
        let min_points = match optional(m, "min_points") {
            Some(v) => uint(v, &field(path, "min_points"), p).map(Some),
            None => Some(None),
        };
        let sl_path = field(path, "slots");
        let slots = required(m, path, "slots", p).and_then(|v| {
            let items = array(v, &sl_path, p)?;
            if items.is_empty() {
                push(p, &sl_path, "must list at least one slot");
                return None;
            }
            let slots: Vec<Option<SlotSpec>> = items
                .iter()
                .enumerate()
                .map(|(i, s)| slot(s, &index(&sl_path, i), p))
                .collect();
            slots.into_iter().collect::<Option<Vec<SlotSpec>>>()
        });
        match (id, subject, name, min_points, slots) {
            (Some(id), Some(subject), Some(name), Some(min_points), Some(slots))
                if p.len() == before =>
            {
                Some(SectionSpec {
                    id,
                    subject,
                    name,
                    min_points,
                    slots,
                })
            }
            _ => None,
        }
    }

    fn slot(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<SlotSpec> {
        let m = object(v, path, SLOT, p)?;
        let before = p.len();
        let kind = required(m, path, "kind", p).and_then(|v| kind(v, &field(path, "kind"), p));
        let num = |key: &str, p: &mut Vec<Problem>| -> Option<Option<u32>> {
            match optional(m, key) {
                Some(v) => uint_min(v, &field(path, key), 1, p).map(Some),
                None => Some(None),
            }
        };
        let count = num("count", p);
        let contexts = num("contexts", p);
        let per_context = num("per_context", p);
        let options = match optional(m, "options") {
            Some(v) => uint_min(v, &field(path, "options"), 2, p).map(Some),
            None => Some(None),
        };
        let points = num("points", p);
        let has = |k: &str| optional(m, k).is_some();
        match (has("count"), has("contexts"), has("per_context")) {
            (true, false, false) | (false, true, true) => {}
            (false, false, false) => push(
                p,
                path,
                "must give either count, or contexts and per_context",
            ),
            (true, _, _) => push(
                p,
                &field(path, "count"),
                "give either count, or contexts and per_context, not both",
            ),
            (false, true, false) => push(
                p,
                &field(path, "per_context"),
                "missing required field (contexts needs per_context)",
            ),
            (false, false, true) => push(
                p,
                &field(path, "contexts"),
                "missing required field (per_context needs contexts)",
            ),
        }
        match (kind, count, contexts, per_context, options, points) {
            (
                Some(kind),
                Some(count),
                Some(contexts),
                Some(per_context),
                Some(options),
                Some(points),
            ) if p.len() == before => Some(SlotSpec {
                kind,
                count,
                contexts,
                per_context,
                options,
                points,
            }),
            _ => None,
        }
    }

    fn thresholds(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<Vec<ThresholdSpec>> {
        let items = array(v, path, p)?;
        let before = p.len();
        let mut out: Vec<Option<ThresholdSpec>> = Vec::new();
        let mut ids: Vec<(String, usize)> = Vec::new();
        for (i, t) in items.iter().enumerate() {
            let at = index(path, i);
            let Some(m) = object(t, &at, THRESHOLD, p) else {
                out.push(None);
                continue;
            };
            let id_path = field(&at, "id");
            let id = required(m, &at, "id", p).and_then(|v| code(v, &id_path, p));
            if let Some(id) = &id {
                if let Some((_, first)) = ids.iter().find(|(x, _)| x == id) {
                    push(
                        p,
                        &id_path,
                        format!("threshold id \"{id}\" repeats {path}[{first}]"),
                    );
                } else {
                    ids.push((id.clone(), i));
                }
            }
            let name =
                required(m, &at, "name", p).and_then(|v| localized(v, &field(&at, "name"), p));
            let min_total = match optional(m, "min_total") {
                Some(v) => uint_min(v, &field(&at, "min_total"), 1, p).map(Some),
                None => Some(None),
            };
            let min_percent = match optional(m, "min_percent") {
                Some(v) => {
                    let pp = field(&at, "min_percent");
                    uint_min(v, &pp, 1, p).and_then(|n| {
                        if n > 100 {
                            push(p, &pp, format!("{n} is more than 100 %"));
                            None
                        } else {
                            Some(Some(n))
                        }
                    })
                }
                None => Some(None),
            };
            match (optional(m, "min_total"), optional(m, "min_percent")) {
                (Some(_), Some(_)) => push(
                    p,
                    &at,
                    "give exactly one of min_total and min_percent, not both",
                ),
                (None, None) => push(p, &at, "must give min_total or min_percent"),
                _ => {}
            }
            out.push(match (id, name, min_total, min_percent) {
                (Some(id), Some(name), Some(min_total), Some(min_percent)) => Some(ThresholdSpec {
                    id,
                    name,
                    min_total,
                    min_percent,
                }),
                _ => None,
            });
        }
        let out: Option<Vec<ThresholdSpec>> = out.into_iter().collect();
        out.filter(|_| p.len() == before)
    }

    /// Every `$n` with n ≤ choices.count is used by some section.
    fn check_choice_use(choices: &Choices, sections: &[SectionSpec], p: &mut Vec<Problem>) {
        // A few sections: a plain list (a `BTreeSet` from an iterator needs a sort of its own).
        let used: Vec<usize> = sections
            .iter()
            .filter_map(SectionSpec::choice_ref)
            .collect();
        for n in 1..=usize::try_from(choices.count).unwrap_or(0) {
            if !used.contains(&n) {
                push(
                    p,
                    "choices.count",
                    format!("chosen subject ${n} is not used by any section"),
                );
            }
        }
    }

    /// Runtime section ids are unique, for every allowed choice.
    fn check_unique_ids(choices: &Choices, sections: &[SectionSpec], p: &mut Vec<Problem>) {
        let id_path = |i: usize, s: &SectionSpec| {
            let key = if s.id.is_some() { "id" } else { "subject" };
            field(&index("sections", i), key)
        };
        // Fixed ids first.
        let mut fixed: Vec<(String, usize)> = Vec::new();
        for (i, s) in sections.iter().enumerate() {
            let id = match (&s.id, s.choice_ref()) {
                (Some(id), _) => id.clone(),
                (None, None) => s.subject.clone(),
                (None, Some(_)) => continue,
            };
            if let Some((_, first)) = fixed.iter().find(|(x, _)| *x == id) {
                push(
                    p,
                    &id_path(i, s),
                    format!("section id \"{id}\" repeats sections[{first}]"),
                );
            } else {
                fixed.push((id, i));
            }
        }
        // Then each choice-dependent id, once per section (the first colliding choice).
        for (i, s) in sections.iter().enumerate() {
            let (None, Some(n)) = (&s.id, s.choice_ref()) else {
                continue;
            };
            for tuple in &choices.allowed {
                let Some(code) = tuple.get(n - 1) else {
                    continue;
                };
                let clash = sections.iter().enumerate().find(|(j, other)| {
                    *j != i
                        && match (&other.id, other.choice_ref()) {
                            (Some(id), _) => id == code,
                            (None, None) => other.subject == *code,
                            (None, Some(m)) => tuple.get(m - 1) == Some(code),
                        }
                });
                if let Some((j, _)) = clash {
                    push(
                        p,
                        &id_path(i, s),
                        format!(
                            "resolves to section id \"{code}\" for the choice {}, which sections[{j}] also has",
                            tuple.join("+")
                        ),
                    );
                    break;
                }
            }
        }
    }

    /// `duration_by_subject` names subjects the blueprint can actually have.
    fn check_duration_subjects(
        by_subject: &BTreeMap<String, u32>,
        choices: &Choices,
        sections: &[SectionSpec],
        p: &mut Vec<Problem>,
    ) {
        for subject in by_subject.keys() {
            let known = choices.allowed.iter().flatten().any(|c| c == subject)
                || sections.iter().any(|s| s.subject == *subject);
            if !known {
                push(
                    p,
                    &field("duration_by_subject", subject),
                    format!("subject \"{subject}\" is neither a section nor an allowed choice"),
                );
            }
        }
    }

    /// Maximum points of `slots` when every slot's points are known (override or sound rule).
    fn slots_max(rules: &KindScoring, slots: &[SlotSpec]) -> Option<u32> {
        slots.iter().try_fold(0u32, |acc, slot| {
            let pts = slot
                .points
                .or_else(|| rules.get(slot.kind).map(|r| r.points))?;
            Some(acc.saturating_add(slot.items().saturating_mul(pts)))
        })
    }

    /// Every kind used by a slot has a rule in `scoring`.
    fn check_slot_kinds(
        named: &BTreeSet<QuestionKind>,
        sections: &[(usize, &SectionSpec)],
        p: &mut Vec<Problem>,
    ) {
        for &(i, s) in sections {
            for (j, slot) in s.slots.iter().enumerate() {
                if !named.contains(&slot.kind) {
                    let at = field(&index(&field(&index("sections", i), "slots"), j), "kind");
                    push(
                        p,
                        &at,
                        format!(
                            "the blueprint's scoring has no rule for kind \"{}\"",
                            slot.kind.code()
                        ),
                    );
                }
            }
        }
    }

    /// A section minimum does not exceed the section's maximum.
    fn check_section_minimums(
        rules: &KindScoring,
        sections: &[(usize, &SectionSpec)],
        p: &mut Vec<Problem>,
    ) {
        for &(i, s) in sections {
            if let (Some(min), Some(max)) = (s.min_points, slots_max(rules, &s.slots))
                && min > max
            {
                push(
                    p,
                    &field(&index("sections", i), "min_points"),
                    format!("{min} is more than the section's maximum ({max} points)"),
                );
            }
        }
    }

    /// Every threshold in points is reachable. (Every choice resolves to the same slots, so one
    /// maximum serves all.)
    fn check_reachable(
        rules: &KindScoring,
        sections: &[SectionSpec],
        thresholds: &[ThresholdSpec],
        p: &mut Vec<Problem>,
    ) {
        let Some(max) = sections.iter().try_fold(0u32, |acc, s| {
            slots_max(rules, &s.slots).map(|m| acc.saturating_add(m))
        }) else {
            return;
        };
        for (i, t) in thresholds.iter().enumerate() {
            if let Some(min) = t.min_total
                && min > max
            {
                push(
                    p,
                    &field(&index("thresholds", i), "min_total"),
                    format!("{min} is more than the maximum total ({max} points)"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped blueprints are read as `Value`s, which keep only the last of a repeated
    /// key: none may repeat one (a pack's blueprints are refused for it at import).
    #[test]
    fn embedded_blueprints_repeat_no_field() {
        for (file, text) in EMBEDDED {
            let tree = crate::content::json::parse(text.as_bytes()).unwrap();
            let mut problems = Vec::new();
            crate::content::json::repeated_fields(&tree, "", &mut problems);
            assert!(problems.is_empty(), "{file}: {problems:?}");
        }
        // The check itself sees a repetition in a blueprint-shaped text.
        let text = r#"{"id": "x", "sections": [{"min": 1, "min": 2}]}"#;
        let mut problems = Vec::new();
        crate::content::json::repeated_fields(
            &crate::content::json::parse(text.as_bytes()).unwrap(),
            "",
            &mut problems,
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "sections[0].min");
    }

    #[test]
    fn choice_refs() {
        assert_eq!(choice_ref("$1"), Some(1));
        assert_eq!(choice_ref("$12"), Some(12));
        assert_eq!(choice_ref("$0"), None);
        assert_eq!(choice_ref("$"), None);
        assert_eq!(choice_ref("$+1"), None);
        assert_eq!(choice_ref("math"), None);
    }

    #[test]
    fn percent_thresholds_round_up() {
        let t = ThresholdSpec {
            id: "x".into(),
            name: LocalizedText::default(),
            min_total: None,
            min_percent: Some(50),
        };
        assert_eq!(t.min_total_for(50), 25);
        assert_eq!(t.min_total_for(51), 26);
        assert_eq!(t.min_total_for(0), 0);
    }
}
