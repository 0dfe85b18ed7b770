//! Path-precise problems found while validating a content pack or a blueprint.
//!
//! Invariant: a validator reports **every** problem it finds, each with the JSON path of the
//! offending value (`questions[17].correct[0]`) and a message a content author can act on.

use std::fmt;

/// One problem in a document: where (`path`, JSON-path style) and what (`message`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `questions[3].topic`; `$` for the whole document.
    pub path: String,
    /// What is wrong, in one line.
    pub message: String,
}

impl Problem {
    /// A problem at `path` saying `message`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The same problem, its path placed under `prefix` (`blueprints[0]` + `sections` →
    /// `blueprints[0].sections`).
    pub fn under(self, prefix: &str) -> Self {
        let path = if self.path == "$" || self.path.is_empty() {
            prefix.to_string()
        } else if self.path.starts_with('[') {
            format!("{prefix}{}", self.path)
        } else {
            format!("{prefix}.{}", self.path)
        };
        Self {
            path,
            message: self.message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Describes a `serde_json` syntax or shape error as a problem with line and column.
pub fn json_problem(err: &serde_json::Error) -> Problem {
    // serde_json's Display already ends with "at line L column C"; keep its wording but make the
    // position explicit and first, which is how editors report it.
    let text = err.to_string();
    let reason = match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let kind = match err.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "malformed JSON",
        serde_json::error::Category::Data => "invalid document",
        serde_json::error::Category::Io => "unreadable document",
    };
    Problem::new(
        "$",
        format!(
            "{kind} at line {} column {}: {reason}",
            err.line(),
            err.column()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under_joins_paths() {
        assert_eq!(
            Problem::new("sections[0]", "x").under("blueprints[2]").path,
            "blueprints[2].sections[0]"
        );
        assert_eq!(
            Problem::new("$", "x").under("blueprints[2]").path,
            "blueprints[2]"
        );
        assert_eq!(Problem::new("[1]", "x").under("a").path, "a[1]");
    }

    #[test]
    fn malformed_json_has_line_and_column() {
        let err = serde_json::from_str::<serde_json::Value>("{\n  \"a\": ,\n}").unwrap_err();
        let p = json_problem(&err);
        assert!(
            p.message.starts_with("malformed JSON at line 2 column"),
            "{p}"
        );
    }
}
