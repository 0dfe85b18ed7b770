//! Assembly: from a blueprint and the bank to the list of items of one attempt.
//!
//! Invariants:
//! - Pure and deterministic: the same blueprint, chosen subjects, bank, history and seed give the
//!   same items in the same order with the same option shuffles.
//! - Every slot is filled exactly or the whole assembly is refused with
//!   [`Error::InsufficientContent`] naming every slot that lacks questions and by how many —
//!   never a shorter exam.
//! - A context slot takes whole groups: `per_context` questions of one shared context, placed
//!   on consecutive positions.
//! - Questions the user has not answered come first; among answered ones, the least recently
//!   seen. Free slots are spread round-robin over topics.
//! - `order[i]` is the pack option index shown at position `i`; responses and scoring always use
//!   pack indexes.

use std::collections::{BTreeMap, HashMap, HashSet};

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::content::{Exam, Locale, QuestionKind};
use crate::error::{Error, Result};
use crate::exam::blueprint::{Blueprint, ResolvedSection, SlotSpec};
use crate::store::bank::QuestionRef;

/// One item of an attempt: which question stands at which position, how its options are shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedItem {
    /// 1-based position in the attempt.
    pub position: u32,
    /// Runtime section id (`history_kz`, `math`, `subject_knowledge`…).
    pub section: String,
    /// Question id in the bank.
    pub question: String,
    /// Kind of the question.
    pub kind: QuestionKind,
    /// Context shared with neighbouring items, if any.
    pub context: Option<String>,
    /// `order[shown] = pack option index`.
    pub order: Vec<u32>,
    /// Points this item is worth.
    pub max_points: u32,
}

/// The active questions of one exam and language (light rows, in a stable order), indexed by
/// what a slot asks for, so a slot's candidates are found without scanning the bank. Built once
/// per bank state; the facade caches it until the next import.
#[derive(Debug, Default)]
pub struct BankIndex {
    refs: Vec<QuestionRef>,
    /// (subject, kind) → positions in `refs`, ascending.
    by_kind: HashMap<(String, QuestionKind), Vec<usize>>,
    /// (subject, kind, options) → positions in `refs`, ascending.
    by_options: HashMap<(String, QuestionKind, u32), Vec<usize>>,
}

impl BankIndex {
    /// Indexes `refs` (all of one exam; their order is kept and is the order ties start from).
    pub fn new(refs: Vec<QuestionRef>) -> Self {
        let mut by_kind: HashMap<(String, QuestionKind), Vec<usize>> = HashMap::new();
        let mut by_options: HashMap<(String, QuestionKind, u32), Vec<usize>> = HashMap::new();
        for (i, q) in refs.iter().enumerate() {
            by_kind
                .entry((q.subject.clone(), q.kind))
                .or_default()
                .push(i);
            by_options
                .entry((q.subject.clone(), q.kind, q.options))
                .or_default()
                .push(i);
        }
        Self {
            refs,
            by_kind,
            by_options,
        }
    }

    /// Every question, in the bank's order.
    pub fn refs(&self) -> &[QuestionRef] {
        &self.refs
    }

    /// The questions of `subject` and `exam` that fit `slot`'s kind and option count, in the
    /// bank's order.
    fn fitting<'a>(
        &'a self,
        subject: &str,
        slot: &SlotSpec,
        exam: Exam,
    ) -> impl Iterator<Item = &'a QuestionRef> + 'a {
        let positions = match slot.options {
            Some(n) => self.by_options.get(&(subject.to_string(), slot.kind, n)),
            None => self.by_kind.get(&(subject.to_string(), slot.kind)),
        };
        positions
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|&i| &self.refs[i])
            .filter(move |q| q.exam == exam)
    }
}

/// When the user last answered `q` or its twin in another language (`last_seen` is keyed by
/// question id or translation group).
fn seen_of(q: &QuestionRef, last_seen: &HashMap<String, i64>) -> Option<i64> {
    if last_seen.is_empty() {
        return None;
    }
    last_seen
        .get(&q.id)
        .or_else(|| q.group.as_ref().and_then(|g| last_seen.get(g)))
        .copied()
}

/// Everything assembly reads.
#[derive(Debug)]
pub struct AssemblyInput<'a> {
    /// The blueprint.
    pub blueprint: &'a Blueprint,
    /// Its sections resolved for the chosen subjects.
    pub sections: &'a [ResolvedSection],
    /// ҰБТ or ПББ (questions of the other exam are never used).
    pub exam: Exam,
    /// Language of the attempt (for messages; the bank is already filtered to it).
    pub locale: Locale,
    /// Seed of all random choices.
    pub seed: u64,
    /// Active questions of the attempt's language and exam, indexed.
    pub bank: &'a BankIndex,
    /// When the user last saw each question (question id or translation group → ms);
    /// absent = never.
    pub last_seen: &'a HashMap<String, i64>,
}

struct Candidate<'q> {
    q: &'q QuestionRef,
    seen: Option<i64>,
    tiebreak: u64,
}

/// Picks `n` questions: never-seen ones first, then the least recently seen; among equally
/// recent candidates, round-robin over topics (starting with the topics least represented so
/// far), so a mock covers the curriculum rather than one chapter.
fn pick_spread<'q>(
    mut cands: Vec<Candidate<'q>>,
    n: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<&'q QuestionRef> {
    if n == 0 || cands.is_empty() {
        return Vec::new();
    }
    cands.sort_by_key(|c| (c.seen, c.tiebreak));
    let boundary = cands[n.min(cands.len()) - 1].seen;
    // Strictly more preferable than the boundary tier: all taken.
    let must = cands.iter().take_while(|c| c.seen < boundary).count();
    let mut rest = cands.split_off(must);
    let mut picked: Vec<&'q QuestionRef> = cands.iter().map(|c| c.q).collect();
    rest.retain(|c| c.seen == boundary);
    let mut taken: BTreeMap<&str, usize> = BTreeMap::new();
    for q in &picked {
        *taken.entry(q.topic.as_str()).or_default() += 1;
    }
    let mut by_topic: BTreeMap<&str, Vec<Candidate<'q>>> = BTreeMap::new();
    for c in rest {
        by_topic.entry(c.q.topic.as_str()).or_default().push(c);
    }
    let mut lists: Vec<(usize, u64, Vec<Candidate<'q>>)> = by_topic
        .into_iter()
        .map(|(topic, mut list)| {
            list.reverse(); // best last: popped first
            (
                taken.get(topic).copied().unwrap_or(0),
                rng.random::<u64>(),
                list,
            )
        })
        .collect();
    lists.sort_by_key(|(count, r, _)| (*count, *r));
    while picked.len() < n && lists.iter().any(|(_, _, l)| !l.is_empty()) {
        for (_, _, list) in &mut lists {
            if picked.len() == n {
                break;
            }
            if let Some(c) = list.pop() {
                picked.push(c.q);
            }
        }
    }
    picked
}

/// Picks `n` of `questions` (seeded) the way assembly fills a free slot: never seen first,
/// then least recently seen, spread over topics. Used by practice sessions.
pub(crate) fn pick_questions<'q>(
    questions: &'q [QuestionRef],
    last_seen: &HashMap<String, i64>,
    n: usize,
    seed: u64,
) -> Vec<&'q QuestionRef> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let cands = questions
        .iter()
        .map(|q| Candidate {
            q,
            seen: seen_of(q, last_seen),
            tiebreak: rng.random(),
        })
        .collect();
    pick_spread(cands, n, &mut rng)
}

fn kind_label(slot: &SlotSpec) -> String {
    match slot.options {
        Some(n) => format!("{} ({n} options)", slot.kind.code()),
        None => slot.kind.code().to_string(),
    }
}

/// Assembles the items of one attempt, or names every shortage.
pub fn assemble(input: &AssemblyInput<'_>) -> Result<Vec<PlannedItem>> {
    let mut rng = ChaCha8Rng::seed_from_u64(input.seed);
    let mut used: HashSet<&str> = HashSet::new();
    let mut used_contexts: HashSet<&str> = HashSet::new();
    let mut items = Vec::new();
    let mut shortages = Vec::new();
    let mut position = 0u32;

    for section in input.sections {
        for slot in &section.slots {
            let max_points = input.blueprint.points_for(slot);
            let fitting: Vec<&QuestionRef> = input
                .bank
                .fitting(&section.subject, slot, input.exam)
                .filter(|q| !used.contains(q.id.as_str()))
                .collect();
            let chosen: Vec<&QuestionRef> = if let Some(count) = slot.count {
                let n = count as usize;
                let free: Vec<Candidate<'_>> = fitting
                    .iter()
                    .filter(|q| q.context.is_none())
                    .map(|q| Candidate {
                        q,
                        seen: seen_of(q, input.last_seen),
                        tiebreak: rng.random(),
                    })
                    .collect();
                if free.len() < n {
                    shortages.push(format!(
                        "{}: {} without context: {} of {n}",
                        section.id,
                        kind_label(slot),
                        free.len()
                    ));
                    continue;
                }
                pick_spread(free, n, &mut rng)
            } else {
                let groups_needed = slot.contexts.unwrap_or(0) as usize;
                let per = slot.per_context.unwrap_or(0) as usize;
                let mut groups: BTreeMap<&str, Vec<&QuestionRef>> = BTreeMap::new();
                for q in &fitting {
                    if let Some(ctx) = q.context.as_deref()
                        && !used_contexts.contains(ctx)
                    {
                        groups.entry(ctx).or_default().push(q);
                    }
                }
                let mut usable: Vec<(Option<i64>, u64, &str, Vec<&QuestionRef>)> = groups
                    .into_iter()
                    .filter(|(_, qs)| qs.len() >= per)
                    .map(|(ctx, qs)| {
                        let seen = qs.iter().filter_map(|q| seen_of(q, input.last_seen)).max();
                        (seen, rng.random::<u64>(), ctx, qs)
                    })
                    .collect();
                if usable.len() < groups_needed {
                    shortages.push(format!(
                        "{}: context groups of {per} {} questions: {} of {groups_needed}",
                        section.id,
                        kind_label(slot),
                        usable.len()
                    ));
                    continue;
                }
                usable.sort_by_key(|a| (a.0, a.1));
                let mut out = Vec::with_capacity(groups_needed * per);
                for (_, _, ctx, mut qs) in usable.into_iter().take(groups_needed) {
                    used_contexts.insert(ctx);
                    if qs.len() > per {
                        // Keep the pack's order of the questions on a text, drop extras at random.
                        let mut idx: Vec<usize> = (0..qs.len()).collect();
                        idx.shuffle(&mut rng);
                        let mut keep: Vec<usize> = idx.into_iter().take(per).collect();
                        keep.sort_unstable();
                        qs = keep.into_iter().map(|i| qs[i]).collect();
                    }
                    out.extend(qs);
                }
                out
            };
            for q in chosen {
                used.insert(q.id.as_str());
                position += 1;
                let mut order: Vec<u32> = (0..q.options).collect();
                order.shuffle(&mut rng);
                items.push(PlannedItem {
                    position,
                    section: section.id.clone(),
                    question: q.id.clone(),
                    kind: q.kind,
                    context: q.context.clone(),
                    order,
                    max_points,
                });
            }
        }
    }
    if !shortages.is_empty() {
        return Err(Error::InsufficientContent {
            blueprint: input.blueprint.id.clone(),
            language: input.locale.code().to_string(),
            shortages,
        });
    }
    Ok(items)
}
