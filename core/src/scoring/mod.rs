//! Pure scoring of items, sections and thresholds by the blueprint's rules.
//!
//! Invariants:
//! - Every number (points per kind, partial credit, section minimums, total minimums) comes from
//!   the [`Blueprint`](crate::exam::Blueprint); nothing here knows an exam.
//! - Scoring is pure and total: no I/O, no panics; an empty or invalid response is worth 0, never
//!   negative, and an item never earns more than its maximum.
//! - Turning a wrong answer right never lowers a score; an empty attempt scores 0 and meets no
//!   threshold.
//! - A threshold is met only when the total reaches it **and** every section with a minimum
//!   reaches that minimum; a report lists every threshold, never a single "passed".

pub mod case;
mod item;
mod report;
pub mod response;

pub use case::{CaseItem, ScoringCase, parse_case, score_case};
pub use item::{ItemKey, Response, mistakes, score_item, validate_response};
pub use report::{ItemScore, ItemToScore, ScoreReport, SectionScore, ThresholdResult, score};
pub use response::parse_response;
