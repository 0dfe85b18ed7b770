//! `qazstep app`: the terminal driver of the app model (spec/app.md) — one JSON event per line
//! on stdin, the resulting screen as one JSON line on stdout (the serde form of the same
//! `Screen` the FFI returns). For tests, bug reports and demos.
//!
//! Invariants: every input line gets exactly one output line; a malformed line, an unknown event
//! or an event before `launch` gets the current (or onboarding) screen with
//! `{"id": "bad_event"}`; a line is written and flushed only after the event it answers has
//! committed, so a screen on stdout is an acknowledged one; end of input exits 0.

use std::io::{BufRead, Write};
use std::path::Path;
use std::sync::Arc;

use qazstep_core::Qazstep;
use qazstep_core::app::Driver;
use qazstep_core::content::Locale;
use qazstep_core::exam::{Clock, ManualClock, SystemClock};

use crate::{Failure, Outcome, keyfile, starter};

/// Parses an RFC 3339 time (`2026-05-01T10:00:00Z`, `…+05:00`, fractions allowed) into ms since
/// the epoch.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    let t = text.trim();
    let (date, rest) = t.split_once(['T', 't', ' '])?;
    let day = qazstep_core::profile::Date::parse(date)?.days_since_epoch();
    let (clock, offset_ms) = if let Some(c) = rest.strip_suffix(['Z', 'z']) {
        (c, 0)
    } else {
        let i = rest.rfind(['+', '-'])?;
        let (c, off) = rest.split_at(i);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let (h, m) = off[1..].split_once(':')?;
        let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
        if h > 23 || m > 59 {
            return None;
        }
        (c, sign * (h * 60 + m) * 60_000)
    };
    let (hms, frac) = clock.split_once('.').unwrap_or((clock, ""));
    let mut parts = hms.split(':');
    let h: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let s: i64 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || h > 23 || m > 59 || s > 60 {
        return None;
    }
    let ms: i64 = if frac.is_empty() {
        0
    } else {
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()?
    };
    Some(day * 86_400_000 + ((h * 60 + m) * 60 + s) * 1000 + ms - offset_ms)
}

/// Runs the driver on `dir` until the end of input.
pub fn run(dir: &Path, lang: Option<Locale>, now: Option<&str>) -> Outcome {
    let clock: Arc<dyn Clock> = match now {
        Some(text) => Arc::new(ManualClock::new(parse_rfc3339(text).ok_or_else(|| {
            Failure::usage(tr!(
                "app_now_invalid",
                example = "2026-05-01T10:00:00Z",
                text = text
            ))
        })?)),
        None => Arc::new(SystemClock),
    };
    std::fs::create_dir_all(dir).map_err(|e| crate::data_dir_failure(dir, &e))?;
    let provider = keyfile::provider_for_app(dir)?;
    let core = Qazstep::open_degraded(dir, Arc::new(provider), clock)?;
    core.override_interface_language(lang);
    if lang.is_none()
        && let Ok(Some(p)) = core.profile()
    {
        crate::ui::set(p.interface_language);
    }
    // The library embeds no content: the terminal hands over its starter packs, as the phones
    // hand over their assets, when the bank is empty.
    let packs: Vec<&[u8]> = starter::PACKS.iter().map(|(_, b)| *b).collect();
    core.import_starter_packs(&packs)?;
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut driver = Driver::new(&core);
    for line in stdin.lock().lines() {
        let line = line.map_err(|e| {
            Failure::storage(tr!(
                "cli_cannot_read_input",
                reason = crate::ui::io_reason(&e)
            ))
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let screen = driver.line(&line);
        let written = writeln!(out, "{}", screen.to_json()).and_then(|()| out.flush());
        if let Err(e) = written {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(Failure::storage(tr!(
                "cli_cannot_write_output",
                reason = crate::ui::io_reason(&e)
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_rfc3339;

    #[test]
    fn reads_rfc3339() {
        assert_eq!(
            parse_rfc3339("2026-05-01T10:00:00Z"),
            Some(1_777_629_600_000)
        );
        assert_eq!(
            parse_rfc3339("2026-05-01T15:00:00+05:00"),
            Some(1_777_629_600_000)
        );
        assert_eq!(
            parse_rfc3339("2026-05-01T10:00:00.250Z"),
            Some(1_777_629_600_250)
        );
        for bad in [
            "",
            "2026-05-01",
            "2026-05-01T25:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-05-01T10:00:00",
            "now",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
