//! Options as the real test sheet letters them (A, B, C, D…; matching: items numbered 1, 2, 3…,
//! options lettered), and the letter forms a person types (`B`, `A,D`, `1B,2D` or `1:B,2:D`).
//!
//! This is input parsing and drawing only: a letter becomes the contract's option index (A = 0,
//! an item number n becomes prompt n − 1) and is sent to the core, which checks it like any
//! other response (its messages already name options by letter and prompts from 1).
//!
//! Invariants: the parser never panics; a text with no letter is not a letter form (`None`), so
//! the contract's index forms (`2`, `0,3`, `0:2,1:0`) keep their meaning wherever both are taken.

use qazstep_core::content::QuestionKind;
use qazstep_core::scoring::Response;
use qazstep_core::{Message, MessageId};

/// The letter of option `index` (`0` → `A`), as the core's messages write it.
pub fn letter(index: u32) -> String {
    qazstep_core::message::option_letter(index)
}

/// The option index of a typed letter: Latin, either case, and the Cyrillic letters a
/// Kazakh or Russian keyboard gives for the same printed shapes (А В С Е, and Д, which
/// Cyrillic-typed test sheets print for D).
fn index_of(c: char) -> Option<u32> {
    let c = c.to_uppercase().next()?;
    match c {
        'A'..='Z' => Some(c as u32 - 'A' as u32),
        'А' => Some(0),
        'В' => Some(1),
        'С' => Some(2),
        'Д' => Some(3),
        'Е' => Some(4),
        _ => None,
    }
}

/// Whether `text` is written in letters (has any letter at all).
pub fn is_letter_form(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// A response as shown to a person: `B`, `A, D`, `1→B, 2→D`; `None` for no answer.
pub fn show(r: Option<&Response>) -> Option<String> {
    match r? {
        Response::Choice(v) if v.is_empty() => None,
        Response::Choice(v) => Some(v.iter().map(|i| letter(*i)).collect::<Vec<_>>().join(", ")),
        Response::Matching(v) if v.is_empty() => None,
        Response::Matching(v) => Some(
            v.iter()
                .map(|(p, o)| format!("{}→{}", u64::from(*p) + 1, letter(*o)))
                .collect::<Vec<_>>()
                .join(", "),
        ),
    }
}

/// Why a letter form could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable;

/// The tokens of a typed answer: split at commas (spaces ignored), else at spaces.
fn tokens(text: &str) -> Vec<String> {
    let t = text.trim();
    if t.contains([',', ';']) {
        t.split([',', ';'])
            .map(|s| s.chars().filter(|c| !c.is_whitespace()).collect())
            .collect()
    } else {
        t.split_whitespace().map(str::to_string).collect()
    }
}

/// Parses a letter form for a task of `kind` into the contract's indexes: `B` → `[1]`,
/// `A,D` (or `A D`, `AD`) → `[0, 3]`, `1B,2D` (or `1:B,2:D`) → `[[0, 1], [1, 3]]`. Ranges,
/// repeats and the number of options are left to the core.
pub fn parse(kind: QuestionKind, text: &str) -> Result<Response, Unreadable> {
    let tokens = tokens(text);
    if tokens.is_empty() || tokens.iter().any(String::is_empty) {
        return Err(Unreadable);
    }
    match kind {
        QuestionKind::Single | QuestionKind::Multiple => {
            let mut out = Vec::new();
            for t in &tokens {
                for c in t.chars() {
                    out.push(index_of(c).ok_or(Unreadable)?);
                }
            }
            Ok(Response::Choice(out))
        }
        QuestionKind::Matching => {
            let mut out = Vec::new();
            for t in &tokens {
                let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
                let rest = t[digits.len()..].trim_start_matches([':', '-', '–', '→', '=']);
                let mut letters = rest.chars();
                let (Some(c), None) = (letters.next(), letters.next()) else {
                    return Err(Unreadable);
                };
                let prompt: u32 = digits.parse().map_err(|_| Unreadable)?;
                let prompt = prompt.checked_sub(1).ok_or(Unreadable)?;
                out.push((prompt, index_of(c).ok_or(Unreadable)?));
            }
            Ok(Response::Matching(out))
        }
    }
}

/// A refusal of the core told for a person who typed letters: an unreadable response (whose
/// catalog text shows the contract's index forms) is explained in letters; `None` for any other
/// message (shown as the core gives it).
pub fn explain(m: &Message) -> Option<String> {
    (m.id == MessageId::ResponseUnreadable).then(|| tr!("answer_unreadable"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuestionKind::{Matching, Multiple, Single};

    #[test]
    fn letters_become_the_contract_indexes() {
        assert_eq!(parse(Single, "B"), Ok(Response::Choice(vec![1])));
        assert_eq!(parse(Single, " b "), Ok(Response::Choice(vec![1])));
        assert_eq!(
            parse(Single, "С"),
            Ok(Response::Choice(vec![2])),
            "Cyrillic Es"
        );
        assert_eq!(parse(Multiple, "A,D"), Ok(Response::Choice(vec![0, 3])));
        assert_eq!(parse(Multiple, "A, D"), Ok(Response::Choice(vec![0, 3])));
        assert_eq!(parse(Multiple, "A D"), Ok(Response::Choice(vec![0, 3])));
        assert_eq!(parse(Multiple, "AD"), Ok(Response::Choice(vec![0, 3])));
        let pairs = Ok(Response::Matching(vec![(0, 1), (1, 3)]));
        assert_eq!(parse(Matching, "1B,2D"), pairs);
        assert_eq!(parse(Matching, "1:B,2:D"), pairs);
        assert_eq!(parse(Matching, "1: B, 2: D"), pairs);
        assert_eq!(parse(Matching, "1B 2D"), pairs);
        for bad in ["", ",", "A,,B", "1", "Ж", "A1"] {
            assert_eq!(parse(Multiple, bad), Err(Unreadable), "{bad:?}");
        }
        for bad in ["B", "0B", "1BC", "x:B", "1:", "99999999999B"] {
            assert_eq!(parse(Matching, bad), Err(Unreadable), "{bad:?}");
        }
    }

    #[test]
    fn responses_are_shown_in_letters() {
        assert_eq!(show(None), None);
        assert_eq!(show(Some(&Response::Choice(vec![]))), None);
        assert_eq!(
            show(Some(&Response::Choice(vec![0, 3]))).as_deref(),
            Some("A, D")
        );
        assert_eq!(
            show(Some(&Response::Matching(vec![(0, 2), (1, 0)]))).as_deref(),
            Some("1→C, 2→A")
        );
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "27");
        assert!(is_letter_form("1B") && !is_letter_form("0:2,1:0"));
    }
}
