//! Exam blueprints (rules as data), assembly, the session state machine and its clock.

pub mod assembly;
pub mod blueprint;
pub mod clock;
pub mod index;
pub mod session;

pub use assembly::{AssemblyInput, PlannedItem, assemble};
pub use blueprint::{
    Blueprint, BlueprintRegistry, Choices, KindRule, KindScoring, ResolvedSection, SectionSpec,
    SlotSpec, ThresholdSpec,
};
pub use clock::{Clock, ManualClock, SystemClock};
pub use index::BankIndex;
pub use session::{
    AnswerAck, AttemptPlan, AttemptSummary, AttemptView, ContextView, PlannedSection, QuestionView,
    ResponseRecord, Review, ReviewItem, TopicScore,
};
