//! The text form of a response, as typed on the command line (`qazstep exam answer`).
//!
//! Grammar (whitespace around every token is ignored):
//! - single: one option index, `2`;
//! - multiple: option indexes separated by commas, `0,3`;
//! - matching: `prompt:option` pairs separated by commas, `0:2,1:0`;
//! - any kind: `` (nothing) or `-` is the empty response (unanswered).
//!
//! Invariant: the parser never panics, whatever the input; every refusal is an
//! [`Error::InvalidInput`] that quotes (a clipped copy of) the offending token. Ranges (does
//! option 7 exist?) are checked later, against the item, by
//! [`validate_response`](super::validate_response).

use std::collections::BTreeSet;

use crate::content::QuestionKind;
use crate::error::{Error, Result};

use super::item::Response;

/// Parses the text form of a response to an item of `kind` (see the module docs).
pub fn parse_response(kind: QuestionKind, text: &str) -> Result<Response> {
    let t = text.trim();
    if t.is_empty() || t == "-" {
        return Ok(Response::empty(kind));
    }
    match kind {
        QuestionKind::Single => {
            if t.contains(',') {
                return Err(invalid(format!(
                    "a single-answer task takes one option index, not a list (\"{}\")",
                    clip(t)
                )));
            }
            Ok(Response::Choice(vec![index(t, "option")?]))
        }
        QuestionKind::Multiple => {
            let mut out = Vec::new();
            let mut seen = BTreeSet::new();
            for token in tokens(t)? {
                let o = index(token, "option")?;
                if !seen.insert(o) {
                    return Err(invalid(format!("option {o} is given twice")));
                }
                out.push(o);
            }
            Ok(Response::Choice(out))
        }
        QuestionKind::Matching => {
            let mut out = Vec::new();
            let mut seen = BTreeSet::new();
            for token in tokens(t)? {
                let Some((p, o)) = token.split_once(':') else {
                    return Err(invalid(format!(
                        "\"{}\" is not a prompt:option pair (e.g. 0:2)",
                        clip(token)
                    )));
                };
                let prompt = index(p, "prompt")?;
                let option = index(o, "option")?;
                if !seen.insert(prompt) {
                    return Err(invalid(format!("prompt {prompt} is matched twice")));
                }
                out.push((prompt, option));
            }
            Ok(Response::Matching(out))
        }
    }
}

/// The comma-separated tokens of `t`, trimmed; an empty token is an error.
fn tokens(t: &str) -> Result<Vec<&str>> {
    let parts: Vec<&str> = t.split(',').map(str::trim).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(invalid(format!(
            "\"{}\" has an empty entry between commas",
            clip(t)
        )));
    }
    Ok(parts)
}

/// A non-negative index (ASCII digits only, fits in u32).
fn index(token: &str, what: &str) -> Result<u32> {
    let token = token.trim();
    let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    if token.is_empty() {
        return Err(invalid(format!("{article} {what} index is missing")));
    }
    if !token.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid(format!(
            "\"{}\" is not {article} {what} index (a whole number from 0)",
            clip(token)
        )));
    }
    token
        .parse::<u32>()
        .map_err(|_| invalid(format!("{what} index \"{}\" is too large", clip(token))))
}

fn invalid(msg: String) -> Error {
    Error::invalid(crate::message::MessageId::ResponseUnreadable, msg)
}

/// At most 24 characters of `s`, for messages.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(24).collect();
    if s.chars().nth(24).is_some() {
        out.push('…');
    }
    out
}
