//! Wall time for the exam timer, injected so tests (and the demo) control it.
//!
//! Invariant: the session never trusts a clock that moved back — it keeps the latest time seen
//! per attempt (`last_seen`) and uses `max(now, last_seen)`, so remaining time never grows.

use std::fmt::Debug;
use std::sync::atomic::{AtomicI64, Ordering};

/// A source of wall-clock time in milliseconds since the Unix epoch.
pub trait Clock: Send + Sync + Debug {
    /// Now, ms since the Unix epoch.
    fn now_ms(&self) -> i64;

    /// Moves a clock set by hand forward by `ms` (a test's `tick {elapsed_ms}`); the system
    /// clock ignores it.
    fn advance_by(&self, _ms: i64) {}
}

/// The system's wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }
}

/// A clock set by hand (tests, the deterministic demo).
#[derive(Debug, Default)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock showing `ms`.
    pub fn new(ms: i64) -> Self {
        Self(AtomicI64::new(ms))
    }

    /// Sets the time (it may go back: that is what the clock guard is for).
    pub fn set(&self, ms: i64) {
        self.0.store(ms, Ordering::SeqCst);
    }

    /// Moves the time forward by `ms` (or back, when negative).
    pub fn advance(&self, ms: i64) {
        self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }

    fn advance_by(&self, ms: i64) {
        if ms > 0 {
            self.advance(ms);
        }
    }
}
