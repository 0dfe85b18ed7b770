//! Sealing of personal data: data keys, the envelope, key providers.
//!
//! - [`DataKey`]: the random 32-byte data key (DEK) that seals every personal value.
//! - [`KeyProvider`]: wraps the DEK for storage (Android Keystore / iOS Keychain through the
//!   shell; [`StaticKeyProvider`] for the CLI and tests). Only the wrapped DEK is stored.
//! - [`seal`] / [`open`]: one value in a versioned XChaCha20-Poly1305 envelope whose AAD binds
//!   it to its table, field, row and key id.
//! - [`Keyring`]: the current DEK and, during a rotation, the previous one.
//! - [`seal_canary`] / [`check_canary`]: a wrong key is a clear [`KeyMismatch`] at open.
//!
//! Invariants of the whole module:
//! - Key bytes are held only in zeroize-on-drop types and never appear in `Debug` output, error
//!   messages or logs; errors name only a logical place (table, field, random row id).
//! - Keys and nonces come from the operating system's CSPRNG.
//! - Nothing here panics on untrusted input: any damaged, truncated, moved or foreign envelope
//!   is an error ([`DataCorrupted`]), never garbage plaintext.
//! - Decrypted bytes are returned only in zeroizing buffers.
//! - Pure: no I/O, no global state.
//!
//! [`KeyMismatch`]: crate::Error::KeyMismatch
//! [`DataCorrupted`]: crate::Error::DataCorrupted

mod canary;
mod cipher;
mod envelope;
mod key;
mod keyring;
mod provider;
mod random;

pub use canary::{CANARY_PLAINTEXT, check_canary, seal_canary};
pub use envelope::{Aad, ENVELOPE_OVERHEAD, ENVELOPE_VERSION, key_id_of, open, seal};
pub use key::{DATA_KEY_LEN, DataKey};
pub use keyring::Keyring;
pub use provider::{KeyProvider, KeyProviderError, StaticKeyProvider};
