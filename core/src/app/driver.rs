//! The JSON-lines driver of the app model (spec/app.md, "The terminal driver"): one event per
//! line in, one screen per line out. `qazstep app` runs it over stdin and stdout; the tests
//! replay the event scripts through it.
//!
//! Invariants: every line gets exactly one screen; a malformed line, an unknown event or any
//! event before `launch` gets the screen on display (onboarding before any data) with
//! `error` = `bad_event`, and changes nothing.

use super::{Event, Screen};
use crate::Qazstep;
use crate::message::{Message, MessageId};

/// A driver over one open core.
#[derive(Debug)]
pub struct Driver<'a> {
    core: &'a Qazstep,
    launched: bool,
}

impl<'a> Driver<'a> {
    /// A driver over `core`, before `launch`.
    pub fn new(core: &'a Qazstep) -> Self {
        Self {
            core,
            launched: false,
        }
    }

    /// The screen answering one input line.
    pub fn line(&mut self, text: &str) -> Screen {
        match Event::from_json(text) {
            Some(event @ Event::Launch {}) => {
                self.launched = true;
                self.core.dispatch(event)
            }
            Some(event) if self.launched => self.core.dispatch(event),
            _ => self
                .core
                .screen()
                .with_error(Message::new(MessageId::BadEvent)),
        }
    }
}
