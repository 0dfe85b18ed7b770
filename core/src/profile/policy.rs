//! The app's privacy policy as data: the versions it published and who operates it.
//!
//! Invariants: a version is the policy's effective date in ISO form (`2025-02-05`); consent is
//! recorded only to a version in [`PUBLISHED`]; the last one is in force. When a newer version is
//! added here, the app shows the policy again before anything else (its §7: changes are
//! published in the app). The policy's text itself lives in the string catalog (kk, ru, en),
//! where the shells draw it from; its points are named by the app model's screens.

/// Every version of the privacy policy the app ever published, oldest first.
pub const PUBLISHED: &[&str] = &["2025-02-05"];

/// The operator's contact for questions and requests about personal data (the policy's §8).
pub const OPERATOR_EMAIL: &str = "bosskazybek@gmail.com";

/// The operator's postal address (the policy's §8), as the policy gives it.
pub const OPERATOR_ADDRESS: &str = "Kazakhstan, Almaty, Shugyla 341/3 k9";

/// The version in force: the newest published.
pub fn current() -> &'static str {
    PUBLISHED.last().copied().unwrap_or("2025-02-05")
}

/// Whether `version` is one the app published.
pub fn is_published(version: &str) -> bool {
    PUBLISHED.contains(&version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_in_force_is_the_newest_published_date() {
        assert_eq!(current(), "2025-02-05");
        assert!(is_published("2025-02-05"));
        assert!(!is_published("yesterday"));
        assert!(!is_published(" 2025-02-05"));
        for v in PUBLISHED {
            assert!(super::super::Date::parse(v).is_some(), "{v} is an ISO date");
        }
        assert!(PUBLISHED.windows(2).all(|w| w[0] < w[1]), "oldest first");
    }
}
