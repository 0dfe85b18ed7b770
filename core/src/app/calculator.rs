//! The exam's on-screen calculator: evaluates what the student typed, the same on every shell.
//!
//! Grammar: numbers (`12`, `3.5`, `3,5` — a comma is a decimal separator, as Kazakh and Russian
//! write it), `+ - * /` (also `− × ÷ ·`), `^` (power, right-associative), parentheses, unary
//! minus, `√x` / `sqrt(x)` and `%` after a number (hundredths). Whitespace is ignored.
//!
//! Invariants: evaluation never panics and never loops on any input (the parser consumes a
//! character on every step, nesting is bounded); a result is finite or it is an error; results
//! are shown with at most 12 significant digits, so 0.1 + 0.2 shows `0.3`.

use crate::message::MessageId;

/// Why an expression has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalcError {
    /// Not an expression the calculator reads.
    Invalid,
    /// Division by zero.
    DivisionByZero,
}

impl CalcError {
    /// The message shown for it.
    pub fn message_id(self) -> MessageId {
        match self {
            CalcError::Invalid => MessageId::CalculatorInvalid,
            CalcError::DivisionByZero => MessageId::CalculatorDivisionByZero,
        }
    }
}

const MAX_DEPTH: usize = 64;
const MAX_LEN: usize = 256;

struct Parser {
    chars: Vec<char>,
    at: usize,
    depth: usize,
}

type Calc = Result<f64, CalcError>;

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: &[char]) -> Option<char> {
        let next = self.peek().filter(|p| c.contains(p))?;
        self.at += 1;
        Some(next)
    }

    fn sum(&mut self) -> Calc {
        let mut v = self.product()?;
        while let Some(op) = self.eat(&['+', '-', '−']) {
            let r = self.product()?;
            v = if op == '+' { v + r } else { v - r };
        }
        Ok(v)
    }

    fn product(&mut self) -> Calc {
        let mut v = self.power()?;
        while let Some(op) = self.eat(&['*', '×', '·', '/', '÷', ':']) {
            let r = self.power()?;
            v = if matches!(op, '/' | '÷' | ':') {
                if r == 0.0 {
                    return Err(CalcError::DivisionByZero);
                }
                v / r
            } else {
                v * r
            };
        }
        Ok(v)
    }

    fn power(&mut self) -> Calc {
        let base = self.unary()?;
        if self.eat(&['^']).is_some() {
            self.nested(|p| p.power()).map(|e| base.powf(e))
        } else {
            Ok(base)
        }
    }

    fn unary(&mut self) -> Calc {
        if self.eat(&['-', '−']).is_some() {
            return self.nested(|p| p.unary()).map(|v| -v);
        }
        if self.eat(&['+']).is_some() {
            return self.nested(|p| p.unary());
        }
        if self.eat(&['√']).is_some() {
            return self.nested(|p| p.unary()).and_then(root);
        }
        if self.chars[self.at..].starts_with(&['s', 'q', 'r', 't']) {
            self.at += 4;
            return self.nested(|p| p.atom()).and_then(root);
        }
        self.atom()
    }

    fn atom(&mut self) -> Calc {
        let v = if self.eat(&['(']).is_some() {
            let v = self.nested(|p| p.sum())?;
            self.eat(&[')']).ok_or(CalcError::Invalid)?;
            v
        } else {
            self.number()?
        };
        Ok(if self.eat(&['%']).is_some() {
            v / 100.0
        } else {
            v
        })
    }

    fn number(&mut self) -> Calc {
        let start = self.at;
        let mut seen_point = false;
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() {
                self.at += 1;
            } else if (c == '.' || c == ',') && !seen_point {
                seen_point = true;
                self.at += 1;
            } else {
                break;
            }
        }
        let text: String = self.chars[start..self.at]
            .iter()
            .map(|&c| if c == ',' { '.' } else { c })
            .collect();
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return Err(CalcError::Invalid);
        }
        text.parse().map_err(|_| CalcError::Invalid)
    }

    fn nested(&mut self, f: impl FnOnce(&mut Parser) -> Calc) -> Calc {
        if self.depth >= MAX_DEPTH {
            return Err(CalcError::Invalid);
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }
}

fn root(v: f64) -> Calc {
    if v < 0.0 {
        Err(CalcError::Invalid)
    } else {
        Ok(v.sqrt())
    }
}

/// The value of `expression`, formatted for the display (at most 12 significant digits, no
/// trailing zeros, `.` as the decimal point).
pub fn evaluate(expression: &str) -> Result<String, CalcError> {
    let chars: Vec<char> = expression.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.is_empty() || chars.len() > MAX_LEN {
        return Err(CalcError::Invalid);
    }
    let mut p = Parser {
        chars,
        at: 0,
        depth: 0,
    };
    let v = p.sum()?;
    if p.at != p.chars.len() || !v.is_finite() {
        return Err(CalcError::Invalid);
    }
    Ok(format_value(v))
}

fn format_value(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let magnitude = v.abs().log10().floor() as i32;
    if !(-6..12).contains(&magnitude) {
        let s = format!("{v:.11e}");
        return match s.split_once('e') {
            Some((m, e)) => {
                let m = m.trim_end_matches('0').trim_end_matches('.');
                format!("{m}e{e}")
            }
            None => s,
        };
    }
    let decimals = (11 - magnitude).clamp(0, 17) as usize;
    let s = format!("{v:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" { "0".into() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(e: &str) -> String {
        evaluate(e).unwrap_or_else(|err| panic!("{e}: {err:?}"))
    }

    #[test]
    fn arithmetic_as_on_a_school_calculator() {
        assert_eq!(ok("2+3*4"), "14");
        assert_eq!(ok("(2+3)*4"), "20");
        assert_eq!(ok("0.1+0.2"), "0.3");
        assert_eq!(ok("3,5 × 2"), "7");
        assert_eq!(ok("10÷4"), "2.5");
        assert_eq!(ok("2^3^2"), "512");
        assert_eq!(ok("-2^2"), "-4");
        assert_eq!(ok("√16+sqrt(9)"), "7");
        assert_eq!(ok("50%*80"), "40");
        assert_eq!(ok("1/3"), "0.333333333333");
    }

    #[test]
    fn errors_are_values_not_panics() {
        assert_eq!(evaluate("1/0"), Err(CalcError::DivisionByZero));
        for bad in [
            "", "+", "2+", "(1", "1)", "√-4", "1..2", "abc", "2**3", "1e400", "((((", "9^9^9^9",
            "sqrt", "%",
        ] {
            assert!(evaluate(bad).is_err(), "{bad}");
        }
        let deep = format!("{}1{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(evaluate(&deep), Err(CalcError::Invalid));
        assert_eq!(evaluate(&"1+".repeat(200)), Err(CalcError::Invalid));
    }

    #[test]
    fn large_and_small_values() {
        assert_eq!(ok("123456789*1000"), "123456789000");
        assert_eq!(ok("10^15"), "1e15");
        assert_eq!(ok("1/1000000000"), "1e-9");
        assert_eq!(ok("6.02*10^23"), "6.02e23");
    }
}
