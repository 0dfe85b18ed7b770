//! Randomness for keys and nonces.
//!
//! Invariants: every key and every nonce comes straight from the operating system's CSPRNG
//! (`getrandom`), never from a user-space generator whose state could be duplicated by a
//! `fork()` (a repeated XChaCha20 nonce under one key would leak plaintext XORs and allow
//! forgeries). Random bytes are written directly into the caller's (zeroizing) buffer; no copy
//! is left behind.

use rand::{RngCore, TryRngCore, rngs::OsRng};

/// The operating system's random number generator failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RandomUnavailable;

/// Fills `buf` from the operating system's CSPRNG.
pub(crate) fn fill(buf: &mut [u8]) -> Result<(), RandomUnavailable> {
    OsRng.try_fill_bytes(buf).map_err(|_| RandomUnavailable)
}

/// Fills `buf` for an infallible key generator: the OS CSPRNG, or if it reports a (transient)
/// failure, the thread-local CSPRNG that `rand` reseeds from the OS.
///
/// # Panics
/// Only if the operating system cannot provide randomness at all (the thread-local generator
/// then fails to seed); no key could be made safely in that case.
pub(crate) fn fill_for_key(buf: &mut [u8]) {
    if fill(buf).is_err() {
        rand::rng().fill_bytes(buf);
    }
}
