//! Self-contained scoring cases (`qazstep score <CASE.json>`, spec/cli.md "Scoring case").
//!
//! A case names a blueprint and lists items, each with its section, kind, shape, correct answer
//! and response. Points per kind and the partial-credit rule come from the blueprint; sections
//! and thresholds are scored over the items given.
//!
//! Invariants: [`parse_case`] reports every problem with its JSON path and refuses unknown
//! fields and fields given twice; [`score_case`] touches no database and re-checks every response
//! and the kinds' shape rules (a case built in code gets the same checks), naming the offending
//! item as `items[i]`. A case that is scored holds only what a real attempt of its blueprint
//! could hold: its sections, subject choice, kinds, option counts and shapes.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::content::json;
use crate::content::{QuestionKind, is_builtin_subject};
use crate::error::{Error, Result};
use crate::exam::blueprint::read::{
    array, code, field, index, kind, object, optional, push, required, text, type_name, uint,
    uint_min,
};
use crate::exam::{BlueprintRegistry, ResolvedSection, SlotSpec};
use crate::validation::{Problem, json_problem};

use super::item::{ItemKey, Response, validate_response};
use super::report::{ItemToScore, ScoreReport, score};

/// A parsed scoring case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoringCase {
    /// Blueprint id, e.g. `unt-2025`.
    pub blueprint: String,
    /// The chosen subjects, when the case states them (must then be an allowed choice);
    /// otherwise they are inferred from the items' sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subjects: Option<Vec<String>>,
    /// The items, in position order (positions are 1..n).
    pub items: Vec<CaseItem>,
}

/// One item of a scoring case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseItem {
    /// Runtime section id (`history_kz`, `math`, `subject_knowledge`…).
    pub section: String,
    /// Task kind.
    pub kind: QuestionKind,
    /// Number of options.
    pub options: u32,
    /// Number of prompts (matching; 0 for other kinds).
    #[serde(default)]
    pub prompts: u32,
    /// Correct option indexes (matching: the correct option of each prompt).
    pub correct: Vec<u32>,
    /// The response; absent or empty means unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    /// Maximum points, when not the blueprint's points for the kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
}

impl CaseItem {
    /// The item's key.
    pub fn key(&self) -> ItemKey {
        ItemKey {
            kind: self.kind,
            options: self.options,
            prompts: self.prompts,
            correct: self.correct.clone(),
        }
    }
}

const TOP: &[&str] = &["blueprint", "subjects", "items"];
const ITEM: &[&str] = &[
    "section", "kind", "options", "prompts", "correct", "response", "points",
];

/// Parses a scoring case; every problem is reported with its JSON path, unknown fields included.
pub fn parse_case(text_in: &str) -> std::result::Result<ScoringCase, Vec<Problem>> {
    // `from_slice`, like every JSON read of the core: one reader type, one instantiation.
    let v: Value = serde_json::from_slice(text_in.as_bytes())
        .map_err(|e| vec![json_problem(&e, text_in.as_bytes())])?;
    // `Value` keeps the last of a repeated key; the borrowed tree still sees them all.
    let mut p = Vec::new();
    if let Ok(tree) = json::parse(text_in.as_bytes()) {
        json::repeated_fields(&tree, "", &mut p);
    }
    let Some(m) = object(&v, "", TOP, &mut p) else {
        return Err(p);
    };
    let p = &mut p;
    let blueprint = required(m, "", "blueprint", p).and_then(|v| text(v, "blueprint", p));
    let subjects = match optional(m, "subjects") {
        Some(v) => array(v, "subjects", p).map(|items| {
            items
                .iter()
                .enumerate()
                .filter_map(|(i, s)| code(s, &index("subjects", i), p))
                .collect::<Vec<String>>()
        }),
        None => None,
    };
    let mut items = Vec::new();
    if let Some(list) = required(m, "", "items", p).and_then(|v| array(v, "items", p)) {
        if list.is_empty() {
            push(p, "items", "must list at least one item");
        }
        for (i, it) in list.iter().enumerate() {
            if let Some(item) = case_item(it, &index("items", i), p) {
                items.push(item);
            }
        }
    }
    match blueprint {
        Some(b) if p.is_empty() => Ok(ScoringCase {
            blueprint: b.to_string(),
            subjects,
            items,
        }),
        _ => Err(std::mem::take(p)),
    }
}

fn case_item(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<CaseItem> {
    let m = object(v, path, ITEM, p)?;
    let before = p.len();
    let section = required(m, path, "section", p).and_then(|v| code(v, &field(path, "section"), p));
    let kind = required(m, path, "kind", p).and_then(|v| kind(v, &field(path, "kind"), p));
    let options =
        required(m, path, "options", p).and_then(|v| uint_min(v, &field(path, "options"), 1, p));
    let prompts_path = field(path, "prompts");
    let prompts = optional(m, "prompts").and_then(|v| uint_min(v, &prompts_path, 1, p));
    if optional(m, "prompts").is_some() && kind.is_some_and(|k| k != QuestionKind::Matching) {
        push(p, &prompts_path, "only matching tasks have prompts");
    }
    let correct_path = field(path, "correct");
    let correct: Option<Vec<u32>> = required(m, path, "correct", p).and_then(|v| {
        let list = array(v, &correct_path, p)?;
        let vals: Vec<Option<u32>> = list
            .iter()
            .enumerate()
            .map(|(i, x)| uint(x, &index(&correct_path, i), p))
            .collect();
        vals.into_iter().collect()
    });
    if let (Some(correct), Some(options)) = (&correct, options) {
        for (i, &c) in correct.iter().enumerate() {
            if c >= options {
                push(
                    p,
                    &index(&correct_path, i),
                    format!("option {c} does not exist ({options} options)"),
                );
            }
        }
    }
    if let (Some(correct), Some(kind)) = (&correct, kind) {
        if matches!(kind, QuestionKind::Multiple | QuestionKind::Matching) {
            for (i, c) in correct.iter().enumerate() {
                if correct[..i].contains(c) {
                    push(
                        p,
                        &index(&correct_path, i),
                        format!("option {c} is listed twice"),
                    );
                }
            }
        }
        if let Some(options) = options {
            let at = |key: &str| match (key, prompts) {
                // Prompts default to one per correct answer: blame `correct` when not given.
                ("prompts", None) => correct_path.clone(),
                _ => field(path, key),
            };
            shape_problems(kind, options, prompts, correct, &at, p);
        }
    }
    let prompts = match kind {
        Some(QuestionKind::Matching) => prompts
            .or_else(|| correct.as_ref().and_then(|c| u32::try_from(c.len()).ok()))
            .unwrap_or(0),
        _ => 0,
    };
    let resp_path = field(path, "response");
    let response = optional(m, "response").and_then(|v| response(v, &resp_path, p));
    let points = optional(m, "points").and_then(|v| uint_min(v, &field(path, "points"), 1, p));
    let (Some(section), Some(kind), Some(options), Some(correct)) =
        (section, kind, options, correct)
    else {
        return None;
    };
    let item = CaseItem {
        section,
        kind,
        options,
        prompts,
        correct,
        response,
        points,
    };
    if p.len() == before
        && let Some(r) = &item.response
        && let Err(Error::InvalidInput(msg)) = validate_response(&item.key(), r)
    {
        push(p, &resp_path, msg.detail);
    }
    (p.len() == before).then_some(item)
}

/// The kind's shape rules (spec/content-pack.md `kind`, the pack validator's own): the number of
/// prompts (matching; one per correct answer when not given), options and correct answers. A
/// task outside them is in no pack, so in no attempt. `at` gives the path of a field.
fn shape_problems(
    kind: QuestionKind,
    options: u32,
    prompts: Option<u32>,
    correct: &[u32],
    at: &dyn Fn(&str) -> String,
    p: &mut Vec<Problem>,
) {
    let n = |x: u32| usize::try_from(x).unwrap_or(usize::MAX);
    let prompts = (kind == QuestionKind::Matching).then(|| prompts.map_or(correct.len(), n));
    if let Some(m) = prompts.and_then(QuestionKind::prompts_problem) {
        push(p, &at("prompts"), m);
    }
    if let Some(m) = kind.options_problem(n(options), prompts) {
        push(p, &at("options"), m);
    }
    if let Some(m) = kind.correct_problem(correct.len(), prompts) {
        push(p, &at("correct"), m);
    }
}

/// `[0, 3]` (options) or `[[0, 1], [1, 2]]` (prompt, option pairs); `[]` is empty.
fn response(v: &Value, path: &str, p: &mut Vec<Problem>) -> Option<Response> {
    let list = array(v, path, p)?;
    if list.is_empty() {
        return Some(Response::Choice(Vec::new()));
    }
    let before = p.len();
    if list[0].is_array() {
        let mut pairs = Vec::new();
        for (i, x) in list.iter().enumerate() {
            let at = index(path, i);
            match x.as_array().map(Vec::as_slice) {
                Some([a, b]) => {
                    let a = uint(a, &index(&at, 0), p);
                    let b = uint(b, &index(&at, 1), p);
                    if let (Some(a), Some(b)) = (a, b) {
                        pairs.push((a, b));
                    }
                }
                _ => push(
                    p,
                    &at,
                    format!(
                        "must be a [prompt, option] pair like the other entries, found {}",
                        type_name(x)
                    ),
                ),
            }
        }
        (p.len() == before).then_some(Response::Matching(pairs))
    } else {
        let mut chosen = Vec::new();
        for (i, x) in list.iter().enumerate() {
            let at = index(path, i);
            if x.is_array() {
                push(
                    p,
                    &at,
                    "must be an option index like the other entries, found an array",
                );
            } else if let Some(o) = uint(x, &at, p) {
                chosen.push(o);
            }
        }
        (p.len() == before).then_some(Response::Choice(chosen))
    }
}

/// The sections a case may name, for messages: the fixed ones and the number of chosen ones.
fn describe_sections(fixed: &[String], open: usize) -> String {
    match open {
        0 => fixed.join(", "),
        n => format!(
            "{}{}{n} chosen subject(s), each named by its subject code (e.g. \"math\")",
            fixed.join(", "),
            if fixed.is_empty() { "" } else { " and " }
        ),
    }
}

/// Scores a case with the blueprint it names.
///
/// A case holds only what a real attempt of the blueprint could hold (fewer items and sections
/// are fine: sections and thresholds are scored over the items given).
///
/// Sections: fixed sections by id; the other section ids are taken as the chosen subjects in
/// order of first appearance (or `subjects`, when the case gives them). The inferred subjects
/// must be part of one allowed choice (all of it when the case names as many as the blueprint
/// chooses, and then its order is used); a part is scored with the profile-section rules (`$1` =
/// first). A section that is neither one of the blueprint's fixed sections nor such a subject is
/// refused. Each item's kind must be one its section's slots use, with the options a slot of that
/// kind requires, and the kind's shape rules (options, prompts, correct answers) hold.
/// Only sections with at least one item are reported. Items get positions 1..n.
///
/// Errors: [`Error::NotFound`] for an unknown blueprint; [`Error::InvalidInput`] naming the item
/// (`items[2]: option 7 does not exist (4 options)`) for a bad response or shape or a kind the
/// blueprint has no rule for, for `subjects` that are not an allowed choice, or for an item
/// whose section the blueprint (with those subjects) does not have
/// (`items[3].section: "teaching_methodology" is not a section of unt-2025; …`) or whose kind or
/// options its section's slots do not take.
pub fn score_case(case: &ScoringCase, registry: &BlueprintRegistry) -> Result<ScoreReport> {
    let bp = registry.get(&case.blueprint)?;
    let mut items = Vec::with_capacity(case.items.len());
    for (i, it) in case.items.iter().enumerate() {
        let at = |msg: String| Error::invalid_input(format!("items[{i}]: {msg}"));
        if bp.scoring.get(it.kind).is_none() {
            return Err(at(format!(
                "blueprint \"{}\" has no scoring rule for kind \"{}\"",
                bp.id,
                it.kind.code()
            )));
        }
        // The parser's shape check, again for a case built in code.
        let mut shape = Vec::new();
        let prompts = (it.kind == QuestionKind::Matching).then_some(it.prompts);
        let path = |key: &str| format!("items[{i}].{key}");
        shape_problems(it.kind, it.options, prompts, &it.correct, &path, &mut shape);
        if let Some(first) = shape.first() {
            return Err(Error::invalid_input(first.to_string()));
        }
        let key = it.key();
        if let Some(r) = &it.response {
            validate_response(&key, r).map_err(|e| at(e.to_string()))?;
        }
        let position = u32::try_from(i + 1)
            .map_err(|_| Error::invalid_input("too many items in the case".to_string()))?;
        items.push(ItemToScore {
            position,
            section: it.section.clone(),
            key,
            response: it.response.clone(),
            max_points: it.points.unwrap_or_else(|| bp.points_for_kind(it.kind)),
        });
    }

    let mut sections: Vec<ResolvedSection> = match &case.subjects {
        Some(subjects) => bp.resolve_sections(subjects)?,
        None => {
            let fixed = bp.fixed_section_ids();
            // Sections named by the chosen subject (ҰБТ's profile subjects): how many.
            let open = bp
                .sections
                .iter()
                .filter(|s| s.id.is_none() && s.choice_ref().is_some())
                .count();
            let mut chosen: Vec<String> = Vec::new();
            for (i, it) in case.items.iter().enumerate() {
                if fixed.contains(&it.section) || chosen.contains(&it.section) {
                    continue;
                }
                if open == 0 || !is_builtin_subject(&it.section) {
                    return Err(Error::invalid_input(format!(
                        "items[{i}].section: unknown section \"{}\"; blueprint \"{}\" has {}",
                        it.section,
                        bp.id,
                        describe_sections(&fixed, open)
                    )));
                }
                if chosen.len() == open {
                    return Err(Error::invalid_input(format!(
                        "items[{i}].section: \"{}\" would be chosen subject {} of {open}: \
                         blueprint \"{}\" takes {open} ({} already)",
                        it.section,
                        open + 1,
                        bp.id,
                        chosen.join(", ")
                    )));
                }
                // Part of one allowed choice, with the subjects chosen so far.
                let fits = bp
                    .choices
                    .allowed
                    .iter()
                    .any(|t| t.contains(&it.section) && chosen.iter().all(|c| t.contains(c)));
                if !fits {
                    let allowed: Vec<String> =
                        bp.choices.allowed.iter().map(|t| t.join("+")).collect();
                    return Err(Error::invalid_input(format!(
                        "items[{i}].section: \"{}\" is not a section of {}{}; allowed choices: {}",
                        it.section,
                        bp.id,
                        if chosen.is_empty() {
                            String::new()
                        } else {
                            format!(" with {}", chosen.join("+"))
                        },
                        allowed.join(", ")
                    )));
                }
                chosen.push(it.section.clone());
            }
            match bp.choices.find(&chosen) {
                Some(tuple) => bp.resolve_unchecked(tuple),
                None => bp.resolve_unchecked(&chosen),
            }
        }
    };
    // With stated subjects, an item may still name a section the attempt would not have.
    if let Some((i, it)) = case
        .items
        .iter()
        .enumerate()
        .find(|(_, it)| !sections.iter().any(|s| s.id == it.section))
    {
        let ids: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
        return Err(Error::invalid_input(format!(
            "items[{i}].section: \"{}\" is not a section of blueprint \"{}\" with these \
             subjects (its sections: {})",
            it.section,
            bp.id,
            ids.join(", ")
        )));
    }
    // Each item's kind and options as its section's slots take them.
    for (i, it) in case.items.iter().enumerate() {
        let Some(section) = sections.iter().find(|s| s.id == it.section) else {
            continue;
        };
        let slots: Vec<&SlotSpec> = section.slots.iter().filter(|s| s.kind == it.kind).collect();
        let kind = it.kind.code();
        if slots.is_empty() {
            return Err(Error::invalid_input(format!(
                "items[{i}].kind: section \"{}\" of {} has no {kind} tasks",
                it.section, bp.id
            )));
        }
        if slots
            .iter()
            .all(|s| s.options.is_some_and(|n| n != it.options))
        {
            let mut wanted: Vec<String> = Vec::new();
            for n in slots.iter().filter_map(|s| s.options) {
                if !wanted.contains(&n.to_string()) {
                    wanted.push(n.to_string());
                }
            }
            return Err(Error::invalid_input(format!(
                "items[{i}].options: a {kind} task of section \"{}\" of {} has {} options, found {}",
                it.section,
                bp.id,
                wanted.join(" or "),
                it.options
            )));
        }
    }
    sections.retain(|s| items.iter().any(|it| it.section == s.id));
    Ok(score(bp, &sections, &items))
}
