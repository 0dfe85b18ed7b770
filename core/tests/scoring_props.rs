//! Property tests: scores stay in bounds, are monotone in correct answers, an empty attempt
//! meets nothing, and the parsers never panic.

// Helpers outside #[test] fns unwrap too: a panic there is a failed test.
#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use qazstep_core::content::QuestionKind::{self, Matching, Multiple, Single};
use qazstep_core::exam::{Blueprint, BlueprintRegistry, ResolvedSection};
use qazstep_core::scoring::{
    ItemKey, ItemToScore, Response, mistakes, parse_case, parse_response, score, score_item,
};

fn blueprints() -> Vec<Blueprint> {
    Blueprint::embedded()
}

/// What the candidate did with one item.
#[derive(Debug, Clone)]
enum Act {
    Right,
    Skip,
    /// Some response (valid or not) made from these numbers.
    Any(Vec<u32>),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        2 => Just(Act::Right),
        1 => Just(Act::Skip),
        3 => prop::collection::vec(0u32..9, 0..7).prop_map(Act::Any),
    ]
}

fn key_for(kind: QuestionKind, seed: u32) -> ItemKey {
    match kind {
        Single => ItemKey {
            kind,
            options: 4,
            prompts: 0,
            correct: vec![seed % 4],
        },
        Multiple => {
            let mut correct = vec![seed % 6, (seed / 6) % 6, (seed / 36) % 6];
            correct.truncate(1 + (seed as usize) % 3);
            correct.sort_unstable();
            correct.dedup();
            ItemKey {
                kind,
                options: 6,
                prompts: 0,
                correct,
            }
        }
        Matching => {
            let prompts = 2 + seed % 5; // 2..=6
            ItemKey {
                kind,
                options: 8,
                prompts,
                correct: (0..prompts).map(|p| (seed + p * 3) % 8).collect(),
            }
        }
    }
}

fn right(key: &ItemKey) -> Response {
    match key.kind {
        Matching => Response::Matching(
            key.correct
                .iter()
                .enumerate()
                .map(|(p, o)| (p as u32, *o))
                .collect(),
        ),
        _ => Response::Choice(key.correct.clone()),
    }
}

fn respond(key: &ItemKey, act: &Act) -> Option<Response> {
    match act {
        Act::Right => Some(right(key)),
        Act::Skip => None,
        Act::Any(nums) => Some(match key.kind {
            Matching => Response::Matching(
                nums.chunks(2)
                    .map(|c| (c[0], c.get(1).copied().unwrap_or(0)))
                    .collect(),
            ),
            _ => Response::Choice(nums.clone()),
        }),
    }
}

struct Attempt {
    blueprint: Blueprint,
    sections: Vec<ResolvedSection>,
    items: Vec<ItemToScore>,
}

fn build(bp_index: usize, choice_index: usize, seed: u32, acts: &[Act]) -> Attempt {
    let all = blueprints();
    let blueprint = all[bp_index % all.len()].clone();
    let allowed = &blueprint.choices.allowed;
    let chosen = allowed[choice_index % allowed.len()].clone();
    let sections = blueprint.resolve_sections(&chosen).unwrap();
    let mut items = Vec::new();
    let mut pos = 0u32;
    for s in &sections {
        for slot in &s.slots {
            for _ in 0..slot.items() {
                let key = key_for(slot.kind, seed.wrapping_add(pos.wrapping_mul(7919)));
                let act = &acts[pos as usize % acts.len()];
                pos += 1;
                items.push(ItemToScore {
                    position: pos,
                    section: s.id.clone(),
                    response: respond(&key, act),
                    key,
                    max_points: blueprint.points_for(slot),
                });
            }
        }
    }
    Attempt {
        blueprint,
        sections,
        items,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn scores_never_exceed_their_maximum(
        b in 0usize..4, c in 0usize..16, seed in any::<u32>(),
        acts in prop::collection::vec(act(), 1..40),
    ) {
        let a = build(b, c, seed, &acts);
        let r = score(&a.blueprint, &a.sections, &a.items);
        prop_assert!(r.total <= r.max_total);
        prop_assert_eq!(r.max_total, a.blueprint.max_total(&a.sections));
        for it in &r.items {
            prop_assert!(it.points <= it.max_points);
        }
        for s in &r.sections {
            prop_assert!(s.score <= s.max);
            prop_assert_eq!(s.passed, s.min_required.is_none_or(|m| s.score >= m));
        }
        prop_assert_eq!(r.sections.iter().map(|s| s.score).sum::<u32>(), r.total);
        for t in &r.thresholds {
            prop_assert_eq!(t.met, r.total >= t.min_total && r.sections.iter().all(|s| s.passed));
        }
    }

    #[test]
    fn turning_an_item_right_never_lowers_the_total(
        b in 0usize..4, c in 0usize..16, seed in any::<u32>(),
        acts in prop::collection::vec(act(), 1..40),
        which in any::<prop::sample::Index>(),
    ) {
        let mut a = build(b, c, seed, &acts);
        let before = score(&a.blueprint, &a.sections, &a.items);
        let i = which.index(a.items.len());
        let fixed = right(&a.items[i].key);
        a.items[i].response = Some(fixed);
        let after = score(&a.blueprint, &a.sections, &a.items);
        prop_assert!(after.total >= before.total);
        prop_assert_eq!(after.items[i].points, after.items[i].max_points);
        for (x, y) in before.thresholds.iter().zip(&after.thresholds) {
            prop_assert!(!x.met || y.met, "{} was met and is no longer", x.id);
        }
        for (x, y) in before.sections.iter().zip(&after.sections) {
            prop_assert!(y.score >= x.score);
        }
    }

    #[test]
    fn an_empty_attempt_scores_zero_and_meets_nothing(
        b in 0usize..4, c in 0usize..16, seed in any::<u32>(), blank in any::<bool>(),
    ) {
        let act = if blank { Act::Any(Vec::new()) } else { Act::Skip };
        let a = build(b, c, seed, &[act]);
        let r = score(&a.blueprint, &a.sections, &a.items);
        prop_assert_eq!(r.total, 0);
        prop_assert!(r.thresholds.iter().all(|t| !t.met));
        prop_assert_eq!(r.thresholds.len(), a.blueprint.thresholds.len());
    }

    #[test]
    fn item_points_follow_mistakes(
        kind in prop_oneof![Just(Single), Just(Multiple), Just(Matching)],
        seed in any::<u32>(), act in act(), over in prop::option::of(1u32..6),
    ) {
        let b = blueprints().into_iter().find(|b| b.id == "unt-2025").unwrap();
        let key = key_for(kind, seed);
        let r = respond(&key, &act);
        let max = over.unwrap_or(b.points_for_kind(kind));
        let pts = score_item(&b, &key, r.as_ref(), over);
        prop_assert!(pts <= max);
        let m = r.as_ref().and_then(|r| mistakes(&key, r));
        if pts == max {
            prop_assert_eq!(m, Some(0));
        }
        if m.is_none() {
            prop_assert_eq!(pts, 0);
        }
    }

    #[test]
    fn parse_response_never_panics(text in any::<String>(), k in 0usize..3) {
        let kind = [Single, Multiple, Matching][k];
        let _ = parse_response(kind, &text);
    }

    #[test]
    fn parse_response_never_panics_on_near_misses(
        text in "[0-9:, \\-]{0,24}", k in 0usize..3,
    ) {
        let kind = [Single, Multiple, Matching][k];
        if let Ok(r) = parse_response(kind, &text) {
            // What parses prints back to an equal response.
            let printed = match &r {
                Response::Choice(v) => v.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
                Response::Matching(v) => v.iter().map(|(p, o)| format!("{p}:{o}")).collect::<Vec<_>>().join(","),
            };
            prop_assert_eq!(parse_response(kind, &printed).unwrap(), r);
        }
    }

    #[test]
    fn parse_case_and_blueprints_never_panic(text in any::<String>()) {
        let _ = parse_case(&text);
        let _ = Blueprint::from_json(&text);
        let _ = BlueprintRegistry::default().get(&text);
    }
}
