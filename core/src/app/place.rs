//! [`Place`]: where the user is in the app — the one piece of app state the core stores (sealed
//! in `user.db`, `app_state` row `place`), so a `launch` after the process was killed returns the
//! screen the user was on. Everything else a screen shows is computed from the data.
//!
//! Invariants: a place names only random ids and positions (never an answer); it is written in
//! the same transaction as the change that leads to it when there is one (an answer and its
//! position), alone otherwise; onboarding is not stored but derived (no profile → language;
//! no consent to the policy in force → policy; no place yet → profile form).

/// Which questions of a submitted attempt the review lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
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

impl Place {
    /// The stored form: a JSON string of space-separated words (`"exam <attempt> 12"`), so the
    /// user's export shows it readably. Ids are UUIDs and section ids `[a-z0-9_]`: no word
    /// holds a space or a character JSON would escape.
    pub fn encode(&self) -> Vec<u8> {
        let words = match self {
            Place::Home => "home".to_string(),
            Place::Exam { attempt, position } => format!("exam {attempt} {position}"),
            Place::SubmitConfirmation { attempt, position } => {
                format!("confirm {attempt} {position}")
            }
            Place::Report { attempt } => format!("report {attempt}"),
            Place::Review {
                attempt,
                filter,
                section,
                position,
            } => format!(
                "review {attempt} {} {} {position}",
                filter.code(),
                section.as_deref().unwrap_or("-")
            ),
            Place::Practice { session, index } => format!("practice {session} {index}"),
            Place::Progress => "progress".to_string(),
            Place::Privacy => "privacy".to_string(),
        };
        format!("\"{words}\"").into_bytes()
    }

    /// Reads [`Place::encode`]'s form; `None` for anything else (an unknown place is no place:
    /// the app shows home).
    pub fn decode(bytes: &[u8]) -> Option<Place> {
        let text = std::str::from_utf8(bytes).ok()?;
        let words: Vec<&str> = text
            .strip_prefix('"')?
            .strip_suffix('"')?
            .split(' ')
            .collect();
        let num = |s: &str| s.parse::<u32>().ok();
        Some(match words.as_slice() {
            ["home"] => Place::Home,
            ["exam", a, p] => Place::Exam {
                attempt: a.to_string(),
                position: num(p)?,
            },
            ["confirm", a, p] => Place::SubmitConfirmation {
                attempt: a.to_string(),
                position: num(p)?,
            },
            ["report", a] => Place::Report {
                attempt: a.to_string(),
            },
            ["review", a, f, s, p] => Place::Review {
                attempt: a.to_string(),
                filter: ReviewFilter::parse(f)?,
                section: (*s != "-").then(|| s.to_string()),
                position: num(p)?,
            },
            ["practice", s, i] => Place::Practice {
                session: s.to_string(),
                index: num(i)?,
            },
            ["progress"] => Place::Progress,
            ["privacy"] => Place::Privacy,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_round_trips_as_a_json_string() {
        let id = "0193aaaa-bbbb-7ccc-8ddd-123456789012".to_string();
        let places = [
            Place::Home,
            Place::Exam {
                attempt: id.clone(),
                position: 120,
            },
            Place::SubmitConfirmation {
                attempt: id.clone(),
                position: 3,
            },
            Place::Report {
                attempt: id.clone(),
            },
            Place::Review {
                attempt: id.clone(),
                filter: ReviewFilter::Wrong,
                section: Some("math".into()),
                position: 41,
            },
            Place::Review {
                attempt: id.clone(),
                filter: ReviewFilter::All,
                section: None,
                position: 1,
            },
            Place::Practice {
                session: id.clone(),
                index: 10,
            },
            Place::Progress,
            Place::Privacy,
        ];
        for p in places {
            let bytes = p.encode();
            assert!(
                serde_json::from_slice::<serde_json::Value>(&bytes).is_ok_and(|v| v.is_string())
            );
            assert_eq!(Place::decode(&bytes), Some(p));
        }
        for bad in [
            "",
            "\"\"",
            "\"exam x\"",
            "\"exam x -1\"",
            "home",
            "\"review a best - 1\"",
            "\"fly\"",
        ] {
            assert_eq!(Place::decode(bad.as_bytes()), None, "{bad}");
        }
    }
}
