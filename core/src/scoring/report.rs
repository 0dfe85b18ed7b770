//! Scoring a whole attempt: items, sections, total and thresholds.

use serde::{Deserialize, Serialize};

use crate::exam::{Blueprint, ResolvedSection};

use super::item::{ItemKey, Response, score_item};

/// One item of an attempt, ready to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemToScore {
    /// Position in the attempt, 1..n.
    pub position: u32,
    /// Runtime id of the item's section.
    pub section: String,
    /// Kind, shape and correct answer.
    pub key: ItemKey,
    /// The response, `None` when unanswered.
    pub response: Option<Response>,
    /// Maximum points of the item (its slot's points).
    pub max_points: u32,
}

/// Points of one item in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemScore {
    /// Position in the attempt.
    pub position: u32,
    /// Runtime id of the item's section.
    pub section: String,
    /// Points earned.
    pub points: u32,
    /// Maximum points.
    pub max_points: u32,
}

/// Points of one section in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionScore {
    /// Runtime section id.
    pub section: String,
    /// Points earned.
    pub score: u32,
    /// Maximum points (sum of its items' maximums).
    pub max: u32,
    /// The section minimum, `null` when there is none.
    pub min_required: Option<u32>,
    /// Whether the minimum is reached (always true without a minimum).
    pub passed: bool,
}

/// Whether one total minimum is met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThresholdResult {
    /// Threshold id (`national_universities`, `pedagog`…).
    pub id: String,
    /// The minimum in points (percent thresholds converted over the report's maximum).
    pub min_total: u32,
    /// Met: the total reaches `min_total` and every section minimum is reached.
    pub met: bool,
}

/// The score report (spec/cli.md "Score report"; its JSON keys are a contract).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreReport {
    /// Points earned.
    pub total: u32,
    /// Maximum points over the items scored.
    pub max_total: u32,
    /// Sections in the order given.
    pub sections: Vec<SectionScore>,
    /// Items in the order given.
    pub items: Vec<ItemScore>,
    /// Every threshold of the blueprint, in its order.
    pub thresholds: Vec<ThresholdResult>,
}

impl ScoreReport {
    /// Whether every section with a minimum reached it.
    pub fn all_sections_passed(&self) -> bool {
        self.sections.iter().all(|s| s.passed)
    }
}

/// Scores `items` by `blueprint`'s rules.
///
/// Sections are reported in the order of `sections`, each with the sum of its items' points and
/// maximums; items whose section is not in `sections` still count in the total, under extra
/// sections (no minimum) appended in order of first appearance. Percent thresholds are converted
/// over `max_total` (the sum of the items' maximums). A threshold is met only when the total
/// reaches it and every section with a minimum passed; a report over no points (`max_total` 0)
/// meets none.
pub fn score(
    blueprint: &Blueprint,
    sections: &[ResolvedSection],
    items: &[ItemToScore],
) -> ScoreReport {
    let scored: Vec<ItemScore> = items
        .iter()
        .map(|it| ItemScore {
            position: it.position,
            section: it.section.clone(),
            points: score_item(
                blueprint,
                &it.key,
                it.response.as_ref(),
                Some(it.max_points),
            )
            .min(it.max_points),
            max_points: it.max_points,
        })
        .collect();

    let mut order: Vec<(String, Option<u32>)> = sections
        .iter()
        .map(|s| (s.id.clone(), s.min_points))
        .collect();
    for it in &scored {
        if !order.iter().any(|(id, _)| *id == it.section) {
            order.push((it.section.clone(), None));
        }
    }
    let section_scores: Vec<SectionScore> = order
        .into_iter()
        .map(|(id, min)| {
            let (score, max) = scored
                .iter()
                .filter(|it| it.section == id)
                .fold((0u32, 0u32), |(s, m), it| {
                    (s.saturating_add(it.points), m.saturating_add(it.max_points))
                });
            SectionScore {
                passed: min.is_none_or(|min| score >= min),
                section: id,
                score,
                max,
                min_required: min,
            }
        })
        .collect();

    let total = scored
        .iter()
        .fold(0u32, |a, it| a.saturating_add(it.points));
    let max_total = scored
        .iter()
        .fold(0u32, |a, it| a.saturating_add(it.max_points));
    let sections_ok = section_scores.iter().all(|s| s.passed);
    let thresholds = blueprint
        .thresholds
        .iter()
        .map(|t| {
            let min_total = t.min_total_for(max_total);
            ThresholdResult {
                id: t.id.clone(),
                min_total,
                met: max_total > 0 && sections_ok && total >= min_total,
            }
        })
        .collect();

    ScoreReport {
        total,
        max_total,
        sections: section_scores,
        items: scored,
        thresholds,
    }
}
