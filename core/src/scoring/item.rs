//! One item: its key, a response, validation, mistakes and points.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::content::QuestionKind;
use crate::error::{Error, Result};
use crate::exam::Blueprint;
use crate::message::{Message, MessageId, option_letter};

/// A candidate's response to one item.
///
/// In JSON (scoring cases, attempt views) it is untagged: `[0, 3]` is a choice of options,
/// `[[0, 1], [1, 2]]` a list of `[prompt, option]` pairs. An empty list means unanswered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Response {
    /// Chosen option indexes (single and multiple).
    Choice(Vec<u32>),
    /// `(prompt, option)` pairs (matching).
    Matching(Vec<(u32, u32)>),
}

impl Response {
    /// Whether nothing was answered.
    pub fn is_empty(&self) -> bool {
        match self {
            Response::Choice(v) => v.is_empty(),
            Response::Matching(v) => v.is_empty(),
        }
    }

    /// Whether the response answers the whole task of `key`: any option of a choice task; every
    /// prompt of a matching task (one answered in part is stored, may earn partial credit, and
    /// shows as not yet answered).
    pub fn is_complete(&self, key: &ItemKey) -> bool {
        match self {
            Response::Choice(v) => !v.is_empty(),
            Response::Matching(pairs) => {
                let mut prompts: Vec<u32> = pairs.iter().map(|(p, _)| *p).collect();
                prompts.sort_unstable();
                prompts.dedup();
                prompts.len() as u32 >= key.prompts && key.prompts > 0
            }
        }
    }

    /// The same response in a canonical order (options ascending; pairs by prompt), so two
    /// responses that choose the same compare equal.
    pub fn normalized(&self) -> Response {
        match self {
            Response::Choice(v) => {
                let mut v = v.clone();
                v.sort_unstable();
                Response::Choice(v)
            }
            Response::Matching(v) => {
                let mut v = v.clone();
                v.sort_unstable();
                Response::Matching(v)
            }
        }
    }

    /// The empty response of the shape `kind` takes.
    pub fn empty(kind: QuestionKind) -> Response {
        match kind {
            QuestionKind::Matching => Response::Matching(Vec::new()),
            QuestionKind::Single | QuestionKind::Multiple => Response::Choice(Vec::new()),
        }
    }
}

/// What is needed to score an item: its kind, shape and correct answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemKey {
    /// Task kind.
    pub kind: QuestionKind,
    /// Number of options (matching: options on the right).
    pub options: u32,
    /// Number of prompts (matching only; 0 otherwise).
    pub prompts: u32,
    /// single/multiple: the correct option indexes; matching: the correct option of each
    /// prompt, `correct[prompt]`.
    pub correct: Vec<u32>,
}

/// Checks that `r` has the right shape for `key` and names only existing options and prompts.
///
/// An empty response (of either shape) is always valid. Errors: [`Error::InvalidInput`] — an
/// option out of range ("option 7 does not exist (4 options)"), an option chosen twice, more
/// than one option for a single-answer task, a prompt out of range or matched twice, or a
/// response of the wrong shape for the kind.
pub fn validate_response(key: &ItemKey, r: &Response) -> Result<()> {
    if r.is_empty() {
        return Ok(());
    }
    let bad = |msg: Message, detail: String| Err(Error::invalid(msg, detail));
    match (key.kind, r) {
        (QuestionKind::Single | QuestionKind::Multiple, Response::Choice(chosen)) => {
            if key.kind == QuestionKind::Single && chosen.len() > 1 {
                return bad(
                    MessageId::ResponseOneOption.into(),
                    format!(
                        "a single-answer task takes one option, {} were given",
                        chosen.len()
                    ),
                );
            }
            let mut seen = BTreeSet::new();
            for &o in chosen {
                check_option(o, key.options)?;
                if !seen.insert(o) {
                    return bad(
                        Message::new(MessageId::OptionRepeated).arg("option", option_letter(o)),
                        format!("option {o} is chosen twice"),
                    );
                }
            }
            Ok(())
        }
        (QuestionKind::Matching, Response::Matching(pairs)) => {
            let mut seen = BTreeSet::new();
            for &(prompt, option) in pairs {
                if prompt >= key.prompts {
                    return bad(
                        Message::new(MessageId::PromptOutOfRange)
                            .arg("prompt", u64::from(prompt) + 1)
                            .arg("prompts", key.prompts),
                        format!("prompt {prompt} does not exist ({} prompts)", key.prompts),
                    );
                }
                check_option(option, key.options)?;
                if !seen.insert(prompt) {
                    return bad(
                        Message::new(MessageId::PromptRepeated)
                            .arg("prompt", u64::from(prompt) + 1),
                        format!("prompt {prompt} is matched twice"),
                    );
                }
            }
            Ok(())
        }
        (QuestionKind::Matching, Response::Choice(_)) => bad(
            Message::new(MessageId::ResponseWrongShape).arg("kind", "matching"),
            "a matching task takes [prompt, option] pairs, not a list of options".to_string(),
        ),
        (kind, Response::Matching(_)) => bad(
            Message::new(MessageId::ResponseWrongShape).arg("kind", kind.code()),
            format!(
                "a {} task takes a list of option indexes, not [prompt, option] pairs",
                kind.code()
            ),
        ),
    }
}

fn check_option(o: u32, options: u32) -> Result<()> {
    if o >= options {
        return Err(Error::invalid(
            Message::new(MessageId::OptionOutOfRange)
                .arg("option", option_letter(o))
                .arg("options", options),
            format!("option {o} does not exist ({options} options)"),
        ));
    }
    Ok(())
}

/// Number of mistakes in `r`, or `None` for an empty response.
///
/// - single: 0 if the chosen option is correct, else 1;
/// - multiple: wrong options chosen + correct options not chosen;
/// - matching: prompts matched wrongly or left unmatched.
///
/// A response of the wrong shape counts as at least one mistake per expected answer (at least 1),
/// so it is never worth full points; [`score_item`] gives invalid responses 0 anyway.
pub fn mistakes(key: &ItemKey, r: &Response) -> Option<u32> {
    if r.is_empty() {
        return None;
    }
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let m = match (key.kind, r) {
        (QuestionKind::Single, Response::Choice(chosen)) => {
            let right = chosen.len() == 1 && chosen.iter().all(|o| key.correct.contains(o));
            u32::from(!right)
        }
        (QuestionKind::Multiple, Response::Choice(chosen)) => {
            // The size of the symmetric difference of the two option sets, on sorted,
            // deduplicated lists (a `BTreeSet` from an iterator needs a stable sort of its own).
            let set = |v: &[u32]| {
                let mut s = v.to_vec();
                s.sort_unstable();
                s.dedup();
                s
            };
            let (chosen, correct) = (set(chosen), set(&key.correct));
            let both = chosen
                .iter()
                .filter(|o| correct.binary_search(o).is_ok())
                .count();
            count(chosen.len() + correct.len() - 2 * both)
        }
        (QuestionKind::Matching, Response::Matching(pairs)) => {
            let wrong = (0..key.prompts)
                .filter(|prompt| {
                    let given = pairs.iter().find(|(p, _)| p == prompt).map(|(_, o)| *o);
                    let want = usize::try_from(*prompt)
                        .ok()
                        .and_then(|i| key.correct.get(i).copied());
                    given.is_none() || given != want
                })
                .count();
            count(wrong)
        }
        (QuestionKind::Matching, Response::Choice(_)) => key.prompts.max(1),
        (_, Response::Matching(_)) => count(key.correct.len()).max(1),
    };
    Some(m)
}

/// Points earned by `r` on an item of `key`, by the blueprint's rule for its kind.
///
/// `points_override` is the item's maximum when it differs from the kind's points (a slot's
/// `points`): the rule's table is then scaled, rounding down. Unanswered, empty or invalid
/// responses score 0; a kind without a rule in the blueprint scores 0.
pub fn score_item(
    blueprint: &Blueprint,
    key: &ItemKey,
    r: Option<&Response>,
    points_override: Option<u32>,
) -> u32 {
    let Some(rule) = blueprint.scoring.get(key.kind) else {
        return 0;
    };
    let Some(r) = r else {
        return 0;
    };
    if validate_response(key, r).is_err() {
        return 0;
    }
    let Some(m) = mistakes(key, r) else {
        return 0;
    };
    let earned = rule.points_for_mistakes(m).min(rule.points);
    match points_override {
        Some(max) if max != rule.points => {
            if rule.points == 0 {
                return 0;
            }
            let scaled = u64::from(earned) * u64::from(max) / u64::from(rule.points);
            u32::try_from(scaled).unwrap_or(max).min(max)
        }
        _ => earned,
    }
}
