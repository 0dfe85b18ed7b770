//! CLDR cardinal plural categories of integers, for the catalog's three languages.
//!
//! Invariants: the category depends only on the last two digits (all three rules are written in
//! n mod 10 and n mod 100, or n = 1), so any integer, however long, is classified without
//! overflow; the sign is ignored (CLDR's n is the absolute value).

use crate::Lang;

/// The value of an argument that is an integer: optional `-`, then ASCII digits only. Returns
/// whether it is negative and its digits without leading zeros (`0` for zero).
pub(crate) fn integer(value: &str) -> Option<(bool, &str)> {
    let (negative, digits) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    Some((negative, if trimmed.is_empty() { "0" } else { trimmed }))
}

/// The plural category (`one`, `few`, `many`, `other`) of the integer whose digits, without
/// leading zeros, are `digits`.
pub(crate) fn category(lang: Lang, digits: &str) -> &'static str {
    let last_two = digits
        .bytes()
        .rev()
        .take(2)
        .enumerate()
        .map(|(i, c)| u32::from(c.wrapping_sub(b'0')) * if i == 0 { 1 } else { 10 })
        .sum::<u32>();
    let (n10, n100) = (last_two % 10, last_two);
    match lang {
        Lang::Kk | Lang::En => {
            if digits == "1" {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ru => {
            if n10 == 1 && n100 != 11 {
                "one"
            } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                "few"
            } else {
                "many"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(lang: Lang, n: &str) -> &'static str {
        let (_, digits) = integer(n).unwrap();
        category(lang, digits)
    }

    #[test]
    fn russian_follows_cldr() {
        let expected = [
            ("0", "many"),
            ("1", "one"),
            ("2", "few"),
            ("5", "many"),
            ("11", "many"),
            ("12", "many"),
            ("21", "one"),
            ("22", "few"),
            ("25", "many"),
            ("101", "one"),
            ("111", "many"),
            ("114", "many"),
            ("1004", "few"),
            ("-3", "few"),
            ("0021", "one"),
            ("123456789012345678901234567892", "few"),
        ];
        for (n, cat) in expected {
            assert_eq!(of(Lang::Ru, n), cat, "ru {n}");
        }
    }

    #[test]
    fn kazakh_and_english_have_one_and_other() {
        for lang in [Lang::Kk, Lang::En] {
            for n in ["0", "2", "5", "11", "12", "21", "22", "25", "101", "111"] {
                assert_eq!(of(lang, n), "other", "{lang} {n}");
            }
            assert_eq!(of(lang, "1"), "one");
            assert_eq!(of(lang, "01"), "one");
            assert_eq!(of(lang, "-1"), "one");
        }
    }

    #[test]
    fn only_plain_integers_are_integers() {
        assert_eq!(integer("007"), Some((false, "7")));
        assert_eq!(integer("000"), Some((false, "0")));
        assert_eq!(integer("-12"), Some((true, "12")));
        for not in ["", "-", "+1", "1.5", "1 000", "12a", "١٢", "x"] {
            assert_eq!(integer(not), None, "{not:?}");
        }
    }
}
