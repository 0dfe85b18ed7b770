//! [`Place`]: where the user is in the app — the one piece of app state the core stores (sealed
//! in `user.db`, `app_state` row `place`), so a `launch` after the process was killed returns the
//! screen the user was on. Everything else a screen shows is computed from the data.
//!
//! Invariants: a place names only random ids and positions (never an answer); it is written in
//! the same transaction as the change that leads to it when there is one (an answer and its
//! position), alone otherwise; onboarding is not stored but derived (no profile → language;
//! no consent to the policy in force → policy; no place yet → profile form).

use serde::{Deserialize, Serialize};

/// Which questions of a submitted attempt the review lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ReviewFilter {
    /// Every question.
    #[default]
    All,
    /// Questions that did not earn full points.
    Wrong,
    /// Questions flagged during the exam.
    Flagged,
}

impl ReviewFilter {
    /// Parses `all`, `wrong` or `flagged`.
    pub fn parse(s: &str) -> Option<ReviewFilter> {
        match s {
            "all" => Some(ReviewFilter::All),
            "wrong" => Some(ReviewFilter::Wrong),
            "flagged" => Some(ReviewFilter::Flagged),
            _ => None,
        }
    }

    /// The code (`all`, `wrong`, `flagged`).
    pub fn code(self) -> &'static str {
        match self {
            ReviewFilter::All => "all",
            ReviewFilter::Wrong => "wrong",
            ReviewFilter::Flagged => "flagged",
        }
    }
}

/// Where the user is (stored), past onboarding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Place {
    /// The home screen.
    Home,
    /// A question of an open exam.
    Exam {
        /// Attempt id.
        attempt: String,
        /// Position on screen (1-based).
        position: u32,
    },
    /// The confirmation before submitting an exam.
    SubmitConfirmation {
        /// Attempt id.
        attempt: String,
        /// The position the exam was on (for `cancel_submit`).
        position: u32,
    },
    /// The score report of a submitted attempt.
    Report {
        /// Attempt id.
        attempt: String,
    },
    /// An item of the review of a submitted attempt.
    Review {
        /// Attempt id.
        attempt: String,
        /// Which items are listed.
        filter: ReviewFilter,
        /// Only this section, if set.
        section: Option<String>,
        /// Position of the item on screen (1-based, a position of the attempt).
        position: u32,
    },
    /// A question of a practice session (`index` = the session's length once it is done).
    Practice {
        /// Session id.
        session: String,
        /// 0-based index of the question on screen.
        index: u32,
    },
    /// The progress screen.
    Progress,
    /// The privacy screen.
    Privacy,
}
