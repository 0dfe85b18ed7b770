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

/// Describes a `serde_json` syntax or shape error in `text` as a problem with line and column.
///
/// The column counts characters, as editors do: serde_json counts bytes, which in a Kazakh or
/// Russian text (two bytes a letter) points far to the right of the error.
pub fn json_problem(err: &serde_json::Error, text: &[u8]) -> Problem {
    // serde_json's Display already ends with "at line L column C"; keep its wording but make the
    // position explicit and first, which is how editors report it.
    let message = err.to_string();
    let reason = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => &message,
    };
    let kind = match err.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "malformed JSON",
        serde_json::error::Category::Data => "invalid document",
        serde_json::error::Category::Io => "unreadable document",
    };
    if text.iter().all(u8::is_ascii_whitespace) {
        return Problem::new("$", format!("{kind}: the document is empty"));
    }
    let line = text
        .split(|&b| b == b'\n')
        .nth(err.line().saturating_sub(1))
        .unwrap_or_default();
    let column = String::from_utf8_lossy(&line[..err.column().min(line.len())])
        .chars()
        .count();
    Problem::new(
        "$",
        format!("{kind} at line {} column {column}: {reason}", err.line()),
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
        let text = "{\n  \"a\": ,\n}";
        let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let p = json_problem(&err, text.as_bytes());
        assert_eq!(
            p.message,
            "malformed JSON at line 2 column 8: expected value"
        );
    }

    /// Columns count characters: the stray `x` is the 14th character of its line (its 18th
    /// byte, after four two-byte letters).
    #[test]
    fn the_column_counts_characters_not_bytes() {
        let text = "{\"format\": 1,\n\"id\": \"ққққ\" x}";
        let err = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!((err.line(), err.column()), (2, 18));
        let p = json_problem(&err, text.as_bytes());
        assert!(
            p.message
                .starts_with("malformed JSON at line 2 column 14: "),
            "{p}"
        );
        let p = json_problem(
            &serde_json::from_str::<serde_json::Value>(" \n").unwrap_err(),
            b" \n",
        );
        assert_eq!(p.message, "malformed JSON: the document is empty");
    }
}
