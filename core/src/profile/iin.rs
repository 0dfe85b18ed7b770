//! The ИИН (individual identification number) as a validated newtype.
//!
//! Invariants (spec/exams.md §3): an [`Iin`] holds exactly 12 ASCII digits whose 12th is the
//! check digit of the first 11 (weights 1..11, then 3..11,1,2 when the first sum gives 10; a
//! prefix for which both give 10 has no valid number). Whitespace of any kind is stripped on
//! input. The date and century digits are never checked: since 2013 they are not bound to
//! personal data. `Debug` and `Display` show the number masked; only [`Iin::expose`] gives the
//! digits, for sealing.

use std::fmt;
use zeroize::Zeroize;

/// Why a string is not a valid ИИН. The message never contains the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IinError {
    /// Not 12 digits long (after removing whitespace).
    #[error("an ИИН has 12 digits, this has {0}")]
    Length(usize),
    /// A character other than a digit or whitespace.
    #[error("an ИИН has only digits (found a non-digit at position {0})")]
    NonDigit(usize),
    /// The 12th digit is not the check digit of the first 11.
    #[error("the check digit does not match (a digit was probably mistyped)")]
    CheckDigit,
    /// Both weight rounds give 10: no valid ИИН starts with these 11 digits.
    #[error("no valid ИИН starts with these 11 digits (both check sums give 10)")]
    UnusablePrefix,
}

impl IinError {
    /// The catalog message for this error (never the number).
    pub fn message(&self) -> crate::message::Message {
        use crate::message::{Message, MessageId};
        match *self {
            IinError::Length(n) => Message::new(MessageId::IinLength).arg("count", n),
            IinError::NonDigit(i) => Message::new(MessageId::IinNotDigits).arg("position", i),
            IinError::CheckDigit => MessageId::IinCheckDigit.into(),
            IinError::UnusablePrefix => MessageId::IinUnusablePrefix.into(),
        }
    }
}

/// A validated ИИН. Shown masked (`80••••••••16`); its digits are zeroized on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct Iin(String);

const FIRST_WEIGHTS: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// The check digit for 11 leading digits, or `None` when both rounds give 10.
fn check_digit(digits: &[u32; 11]) -> Option<u32> {
    let round = |w: &[u32; 11]| digits.iter().zip(w).map(|(d, w)| d * w).sum::<u32>() % 11;
    match round(&FIRST_WEIGHTS) {
        10 => match round(&SECOND_WEIGHTS) {
            10 => None,
            r => Some(r),
        },
        r => Some(r),
    }
}

impl Iin {
    /// Validates `input` (whitespace of any kind allowed anywhere and ignored).
    pub fn parse(input: &str) -> Result<Self, IinError> {
        let mut digits = [0u32; 12];
        let mut count = 0usize;
        for (i, ch) in input.chars().enumerate() {
            // Spaces of every kind (a tab, a line break, the no-break and narrow no-break
            // spaces of formatted numbers) are separators, never digits.
            if ch.is_whitespace() || ch == '\u{feff}' {
                continue;
            }
            let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) else {
                return Err(IinError::NonDigit(i + 1));
            };
            if count < 12 {
                digits[count] = d;
            }
            count += 1;
        }
        if count != 12 {
            digits.zeroize();
            return Err(IinError::Length(count));
        }
        let mut head = [0u32; 11];
        head.copy_from_slice(&digits[..11]);
        let result = match check_digit(&head) {
            None => Err(IinError::UnusablePrefix),
            Some(c) if c != digits[11] => Err(IinError::CheckDigit),
            Some(_) => Ok(Iin(digits
                .iter()
                .map(|d| char::from(b'0' + *d as u8))
                .collect())),
        };
        digits.zeroize();
        head.zeroize();
        result
    }

    /// The 12 digits, for sealing and for the user's own export. Never log this.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The masked form shown in UIs: first two and last two digits (`80••••••••16`).
    pub fn masked(&self) -> String {
        let s = &self.0;
        format!("{}{}{}", &s[..2], "•".repeat(8), &s[10..])
    }
}

impl Drop for Iin {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for Iin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iin({})", self.masked())
    }
}

impl fmt::Display for Iin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_examples() {
        assert!(Iin::parse("800101300016").is_ok(), "first weights");
        assert!(Iin::parse("050301500901").is_ok(), "second weights");
        assert_eq!(Iin::parse("070515601231"), Err(IinError::CheckDigit));
        assert!(
            Iin::parse("070515601238").is_ok(),
            "the spec says 8 is its check digit"
        );
        for last in 0..10 {
            assert_eq!(
                Iin::parse(&format!("05030150170{last}")),
                Err(IinError::UnusablePrefix),
                "0 is never substituted"
            );
        }
    }

    #[test]
    fn spaces_stripped_and_reasons_given() {
        assert!(Iin::parse(" 800101 300016 ").is_ok());
        assert_eq!(Iin::parse("80010130001"), Err(IinError::Length(11)));
        assert_eq!(Iin::parse("8001013000166"), Err(IinError::Length(13)));
        assert_eq!(Iin::parse("80010130001a"), Err(IinError::NonDigit(12)));
        assert_eq!(
            Iin::parse("８00101300016"),
            Err(IinError::NonDigit(1)),
            "fullwidth digits are not ASCII"
        );
        assert_eq!(Iin::parse("800101300017"), Err(IinError::CheckDigit));
    }

    #[test]
    fn any_whitespace_is_stripped() {
        // "strip spaces before checking": a pasted number may carry a tab, a line break or the
        // narrow no-break space number formatting uses; none of them is a digit of the ИИН.
        for s in [
            "800101300016\n",
            "\t800101300016",
            "800101\u{202f}300016",
            "800101\u{2009}300016",
            "8001\r\n0130 0016",
        ] {
            assert_eq!(
                Iin::parse(s).map(|i| i.masked()),
                Ok("80••••••••16".to_string()),
                "{s:?}"
            );
        }
        assert_eq!(Iin::parse("800101300016\n7"), Err(IinError::Length(13)));
        assert_eq!(Iin::parse(" \t\n"), Err(IinError::Length(0)));
    }

    #[test]
    fn odd_dates_and_century_digits_are_accepted() {
        // Month 13, day 45, century digit 0: still valid if the check digit matches.
        let head = "991345012345";
        let digits: Vec<u32> = head[..11].chars().filter_map(|c| c.to_digit(10)).collect();
        let mut arr = [0u32; 11];
        arr.copy_from_slice(&digits);
        if let Some(c) = check_digit(&arr) {
            assert!(Iin::parse(&format!("{}{c}", &head[..11])).is_ok());
        }
    }

    #[test]
    fn never_shows_the_number() {
        let iin = Iin::parse("800101300016").unwrap();
        assert_eq!(iin.masked(), "80••••••••16");
        assert_eq!(format!("{iin}"), "80••••••••16");
        assert!(!format!("{iin:?}").contains("0101300"));
        let err = Iin::parse("800101300017").unwrap_err().to_string();
        assert!(!err.contains("80010130"));
    }
}
