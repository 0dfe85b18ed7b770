//! Calendar dates (`YYYY-MM-DD`) for the exam date, and "today" in Kazakhstan.
//!
//! Invariants: a [`Date`] is a real day of the proleptic Gregorian calendar between 2000 and 2100
//! (an exam date outside that is a typo); days are counted in Kazakhstan's time (UTC+5, the one
//! time zone of the country since 1 March 2024), so "days to the exam" changes at local midnight,
//! not at UTC midnight.

use std::fmt;

/// Kazakhstan's offset from UTC, in milliseconds (UTC+5).
pub const KAZAKHSTAN_OFFSET_MS: i64 = 5 * 3_600_000;

const DAY_MS: i64 = 86_400_000;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, if it is a real day between 2000 and 2100.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((2000..=2100).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (surrounding spaces ignored).
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim();
        let b = t.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &str| -> Option<u32> {
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = i32::try_from(num(&t[0..4])?).ok()?;
        Date::new(year, num(&t[5..7])?, num(&t[8..10])?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day in Kazakhstan at `now_ms` (ms since the epoch, UTC), as days since 1970-01-01.
    pub fn today_in_kazakhstan(now_ms: i64) -> i64 {
        (now_ms + KAZAKHSTAN_OFFSET_MS).div_euclid(DAY_MS)
    }

    /// Whole days from today in Kazakhstan (at `now_ms`) to this date: 0 on the day itself,
    /// negative once it has passed.
    pub fn days_from(self, now_ms: i64) -> i64 {
        self.days_since_epoch() - Date::today_in_kazakhstan(now_ms)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_only() {
        assert_eq!(
            Date::parse("2026-06-20").map(|d| d.to_string()).as_deref(),
            Some("2026-06-20")
        );
        assert!(Date::parse("2028-02-29").is_some(), "a leap day");
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-6-1",
            "20260620",
            "yesterday",
            "",
            "2026-06-2x",
            "1999-12-31",
            "+026-06-20",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_days_in_kazakhstan_time() {
        assert_eq!(
            Date::parse("1970-01-01").map(Date::days_since_epoch),
            None,
            "before 2000"
        );
        let d = Date::parse("2026-06-20").unwrap();
        assert_eq!(d.days_since_epoch(), 20_624);
        // 2026-06-19 20:00 UTC is already 2026-06-20 01:00 in Kazakhstan.
        let evening_utc = 20_623 * DAY_MS + 20 * 3_600_000;
        assert_eq!(d.days_from(evening_utc), 0);
        assert_eq!(
            d.days_from(evening_utc - 2 * 3_600_000),
            1,
            "18:00 UTC is 23:00 there"
        );
        assert_eq!(d.days_from(evening_utc + DAY_MS), -1);
    }
}
