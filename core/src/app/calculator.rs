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
        let mut v = self.unary()?;
        while let Some(op) = self.eat(&['*', '×', '·', '/', '÷', ':']) {
            let r = self.unary()?;
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

    /// Signs and roots bind looser than `^` (`-2^2` is −4, as in school).
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
        self.power()
    }

    fn power(&mut self) -> Calc {
        let base = if self.chars[self.at..].starts_with(&['s', 'q', 'r', 't']) {
            self.at += 4;
            self.nested(|p| p.atom()).and_then(root)?
        } else {
            self.atom()?
        };
        if self.eat(&['^']).is_some() {
            self.nested(|p| p.unary()).map(|e| base.powf(e))
        } else {
            Ok(base)
        }
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
        // Digits as an integer and a power of ten (no float parser: its tables are ~13 KB of a
        // size-bound library); 18 significant digits are read exactly, more are refused.
        let (mut mantissa, mut scale, mut digits, mut after_point) = (0u64, 0i32, 0u32, false);
        for &c in &self.chars[start..self.at] {
            match c.to_digit(10) {
                Some(d) => {
                    if digits >= 18 {
                        return Err(CalcError::Invalid);
                    }
                    if mantissa > 0 || d > 0 {
                        digits += 1;
                    }
                    mantissa = mantissa * 10 + u64::from(d);
                    scale -= i32::from(after_point);
                }
                None => after_point = true,
            }
        }
        if self.chars[start..self.at]
            .iter()
            .all(|c| !c.is_ascii_digit())
        {
            return Err(CalcError::Invalid);
        }
        Ok(mantissa as f64 * 10f64.powi(scale))
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

/// `v` with 12 significant digits, trailing zeros dropped; `1e15` style outside 1e-6..1e12.
/// Integer arithmetic on the rounded digits (no float formatter: size-bound library).
fn format_value(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    let mut exp = a.log10().floor() as i32;
    // The 12 significant digits as an integer: a / 10^(exp-11), rounded.
    let mut digits = (a / 10f64.powi(exp - 11)).round() as u64;
    if digits >= 1_000_000_000_000 {
        digits /= 10;
        exp += 1;
    }
    let text = digits.to_string(); // 12 digits
    let (int_part, frac_part): (String, String) = if (-6..12).contains(&exp) {
        if exp >= 0 {
            let k = exp as usize + 1;
            (text[..k].to_string(), text[k..].to_string())
        } else {
            ("0".into(), "0".repeat((-exp - 1) as usize) + &text)
        }
    } else {
        let frac = text[1..].trim_end_matches('0');
        let mantissa = if frac.is_empty() {
            text[..1].to_string()
        } else {
            format!("{}.{frac}", &text[..1])
        };
        return format!("{sign}{mantissa}e{exp}");
    };
    let frac = frac_part.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{int_part}")
    } else {
        format!("{sign}{int_part}.{frac}")
    }
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
