//! Exam blueprints (rules as data), assembly, the session state machine and its clock.

pub mod blueprint;

pub use blueprint::{
    Blueprint, BlueprintRegistry, Choices, KindRule, KindScoring, ResolvedSection, SectionSpec,
    SlotSpec, ThresholdSpec,
};
