//! UniFFI bindings of the Qazstep core (crate `qazstep-ffi`).
//!
//! Invariant: every `#[uniffi::*]` item of the project lives in this crate and only here; each
//! exported method converts its arguments, calls the core facade and converts the result back.
//! The surface itself is built in its own issue; this crate is the skeleton it grows from.

uniffi::setup_scaffolding!();

/// The version of the Qazstep core these bindings were built from.
#[uniffi::export]
pub fn core_version() -> String {
    qazstep_core::VERSION.to_string()
}
