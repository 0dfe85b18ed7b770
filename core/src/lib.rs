//! Qazstep core: the offline-first engine of an exam-prep app for Kazakhstan's ҰБТ/ЕНТ and ПББ.
//!
//! One library holds the question bank (`content`), exam blueprints, assembly and the timed
//! session (`exam`), scoring by the official rules (`scoring`), practice and progress
//! (`practice`), the user's profile and ИИН (`profile`), and the sealing of every personal value
//! (`crypto`) in SQLite (`store`). Shells (the `qazstep` CLI, Kotlin and Swift through the
//! `qazstep-ffi` crate) talk to the [`Qazstep`] facade only.
//!
//! Invariants kept across the crate: no personal datum is written to disk unsealed, none appears
//! in an error message or log line, and bad input changes nothing.

#![forbid(unsafe_code)]

pub mod aids;
pub mod app;
pub mod content;
pub mod crypto;
pub mod error;
pub mod exam;
mod facade;
pub mod message;
pub mod practice;
pub mod profile;
pub mod scoring;
pub mod store;
pub mod validation;

pub use error::{Error, Result};
pub use facade::{
    BlueprintInfo, CONTENT_DB, CONTENT_MARKER, ProfileUpdate, ProfileView, Qazstep, StartExam,
    USER_DB, Unavailable,
};
pub use message::{Message, MessageId, Refusal};
pub use validation::Problem;

/// The version of this crate, as shells show it in "about" screens.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
