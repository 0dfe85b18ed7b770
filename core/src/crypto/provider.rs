//! Key providers: who wraps the data key (DEK) for storage.
//!
//! Only the wrapped DEK is ever stored. On phones the provider is implemented by the shell
//! (Android Keystore / iOS Keychain) and its wrapping key never leaves the secure hardware; the
//! CLI and tests use [`StaticKeyProvider`], which holds a 32-byte wrapping key in memory.
//!
//! Invariants: a provider's errors and `Debug` output carry no key material (wrapped or not);
//! an unwrapped key is returned only in a zeroizing buffer; a wrapped key that does not open
//! with this provider's key is [`KeyProviderError::Mismatch`], never garbage.
//!
//! [`StaticKeyProvider`] wrapping format: `version:u8 (= 1) | nonce:24 | ciphertext | tag:16`,
//! XChaCha20-Poly1305 with a random nonce and AAD `"qazstep/key-wrap/v1"`.

use std::fmt;

use zeroize::Zeroizing;

use super::cipher::{self, NONCE_LEN, SealFailure, TAG_LEN};
use super::random;
use crate::{Error, Result};

/// Why a key provider failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyProviderError {
    /// The wrapped key does not open with this provider's key (wrong key or damaged blob).
    #[error("the wrapped key does not open with this key")]
    Mismatch,
    /// The provider cannot work now (keystore locked, key file missing…): the reason, without
    /// key material.
    #[error("{0}")]
    Unavailable(String),
}

impl From<KeyProviderError> for Error {
    fn from(err: KeyProviderError) -> Self {
        match err {
            KeyProviderError::Mismatch => Error::KeyMismatch,
            KeyProviderError::Unavailable(reason) => Error::KeyUnavailable(reason),
        }
    }
}

/// Wraps and unwraps the data key with a key the core never sees (or, for
/// [`StaticKeyProvider`], one it holds in memory).
///
/// Implementations must be deterministic in outcome: `unwrap_key(wrap_key(k)) == k`, and a
/// blob wrapped by another provider key yields [`KeyProviderError::Mismatch`].
pub trait KeyProvider: Send + Sync {
    /// Wraps (encrypts and authenticates) `key` for storage.
    ///
    /// # Errors
    /// [`KeyProviderError::Unavailable`] if the provider cannot wrap now.
    fn wrap_key(&self, key: &[u8]) -> std::result::Result<Vec<u8>, KeyProviderError>;

    /// Unwraps a blob made by [`wrap_key`](KeyProvider::wrap_key).
    ///
    /// # Errors
    /// [`KeyProviderError::Mismatch`] if the blob does not open with this provider's key;
    /// [`KeyProviderError::Unavailable`] if the provider cannot unwrap now.
    fn unwrap_key(
        &self,
        wrapped: &[u8],
    ) -> std::result::Result<Zeroizing<Vec<u8>>, KeyProviderError>;
}

/// Version byte that starts a blob wrapped by [`StaticKeyProvider`].
const WRAP_VERSION: u8 = 1;
/// AAD of every wrap by [`StaticKeyProvider`].
const WRAP_AAD: &[u8] = b"qazstep/key-wrap/v1";
/// Length of a [`StaticKeyProvider`] wrapping key.
const WRAPPING_KEY_LEN: usize = 32;
/// Hex digits in a [`StaticKeyProvider`] key.
const HEX_LEN: usize = 2 * WRAPPING_KEY_LEN;

/// A provider holding a 32-byte wrapping key in memory (CLI key file / env, tests). Wraps with XChaCha20-Poly1305, random nonce, AAD "qazstep/key-wrap/v1".
///
/// The key is wiped on drop; `Debug` prints no key.
pub struct StaticKeyProvider {
    key: Zeroizing<[u8; WRAPPING_KEY_LEN]>,
}

impl StaticKeyProvider {
    /// A provider with the given wrapping key.
    #[must_use]
    pub fn new(key: Zeroizing<[u8; 32]>) -> Self {
        StaticKeyProvider { key }
    }

    /// A provider with a new random wrapping key (from the operating system's CSPRNG).
    ///
    /// # Panics
    /// Only if the operating system cannot provide randomness at all.
    #[must_use]
    pub fn generate() -> Self {
        let mut key = Zeroizing::new([0u8; WRAPPING_KEY_LEN]);
        random::fill_for_key(key.as_mut_slice());
        StaticKeyProvider { key }
    }

    /// Reads a wrapping key written by [`to_hex`](Self::to_hex): exactly 64 hex digits (either
    /// case), surrounding whitespace ignored.
    ///
    /// # Errors
    /// [`Error::KeyUnavailable`] if it is not exactly 64 hex digits; the message never repeats
    /// the input.
    pub fn from_hex(hex: &str) -> Result<Self> {
        let digits = hex.trim().as_bytes();
        let mut key = Zeroizing::new([0u8; WRAPPING_KEY_LEN]);
        if digits.len() != HEX_LEN || hex::decode_to_slice(digits, key.as_mut_slice()).is_err() {
            return Err(Error::KeyUnavailable(
                "the key must be exactly 64 hex digits (0-9, a-f)".into(),
            ));
        }
        Ok(StaticKeyProvider { key })
    }

    /// The wrapping key as 64 lowercase hex digits, for writing the CLI key file. Wiped on drop.
    #[must_use]
    pub fn to_hex(&self) -> Zeroizing<String> {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        // Allocated once at its final size: no unwiped copy is left by a reallocation.
        let mut out = Zeroizing::new(String::with_capacity(HEX_LEN));
        for byte in self.key.iter() {
            out.push(char::from(DIGITS[usize::from(byte >> 4)]));
            out.push(char::from(DIGITS[usize::from(byte & 0x0F)]));
        }
        out
    }
}

impl fmt::Debug for StaticKeyProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticKeyProvider").finish_non_exhaustive()
    }
}

impl KeyProvider for StaticKeyProvider {
    fn wrap_key(&self, key: &[u8]) -> std::result::Result<Vec<u8>, KeyProviderError> {
        cipher::seal(&self.key, &[WRAP_VERSION], WRAP_AAD, key).map_err(|failure| {
            KeyProviderError::Unavailable(
                match failure {
                    SealFailure::Random => "the system random number generator failed",
                    SealFailure::Cipher => "the key is too large to wrap",
                }
                .into(),
            )
        })
    }

    fn unwrap_key(
        &self,
        wrapped: &[u8],
    ) -> std::result::Result<Zeroizing<Vec<u8>>, KeyProviderError> {
        match wrapped.first() {
            Some(&WRAP_VERSION) => {}
            Some(&version) if wrapped.len() >= 1 + NONCE_LEN + TAG_LEN => {
                return Err(KeyProviderError::Unavailable(format!(
                    "the wrapped key has an unknown format (version {version}); update the app"
                )));
            }
            _ => return Err(KeyProviderError::Mismatch),
        }
        cipher::open(&self.key, 1, WRAP_AAD, wrapped).ok_or(KeyProviderError::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::DataKey;
    use proptest::prelude::*;

    fn provider(byte: u8) -> StaticKeyProvider {
        StaticKeyProvider::new(Zeroizing::new([byte; 32]))
    }

    #[test]
    fn wrap_unwrap_round_trip() {
        let provider = StaticKeyProvider::generate();
        let dek = DataKey::generate(1);
        let wrapped = provider.wrap_key(dek.expose()).unwrap();
        assert_eq!(wrapped.len(), 1 + NONCE_LEN + 32 + TAG_LEN);
        assert!(!wrapped.windows(32).any(|w| w == dek.expose()));
        let unwrapped = provider.unwrap_key(&wrapped).unwrap();
        assert_eq!(unwrapped.as_slice(), dek.expose());
        assert_ne!(
            provider.wrap_key(dek.expose()).unwrap(),
            wrapped,
            "nonce reused"
        );
    }

    #[test]
    fn wrong_wrapping_key_is_mismatch() {
        let wrapped = provider(1).wrap_key(&[3; 32]).unwrap();
        assert_eq!(
            provider(2).unwrap_key(&wrapped),
            Err(KeyProviderError::Mismatch)
        );
        assert_eq!(
            StaticKeyProvider::generate().unwrap_key(&wrapped),
            Err(KeyProviderError::Mismatch)
        );
        assert!(matches!(
            Error::from(KeyProviderError::Mismatch),
            Error::KeyMismatch
        ));
    }

    #[test]
    fn damaged_or_truncated_wrap_is_mismatch() {
        let p = provider(1);
        let wrapped = p.wrap_key(&[3; 32]).unwrap();
        for i in 1..wrapped.len() {
            let mut damaged = wrapped.clone();
            damaged[i] ^= 0x01;
            assert_eq!(
                p.unwrap_key(&damaged),
                Err(KeyProviderError::Mismatch),
                "byte {i}"
            );
        }
        for len in 0..wrapped.len() {
            assert_eq!(
                p.unwrap_key(&wrapped[..len]),
                Err(KeyProviderError::Mismatch),
                "len {len}"
            );
        }
    }

    #[test]
    fn unknown_wrap_version_is_unavailable_not_mismatch() {
        let p = provider(1);
        let mut wrapped = p.wrap_key(&[3; 32]).unwrap();
        wrapped[0] = 2;
        match p.unwrap_key(&wrapped) {
            Err(KeyProviderError::Unavailable(reason)) => assert!(reason.contains("version 2")),
            other => panic!("expected Unavailable, got {other:?}"),
        }
    }

    #[test]
    fn hex_round_trip() {
        let p = StaticKeyProvider::generate();
        let hex = p.to_hex();
        assert_eq!(hex.len(), 64);
        assert!(
            hex.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        let q = StaticKeyProvider::from_hex(&format!("  {}\n", hex.as_str())).unwrap();
        assert_eq!(q.to_hex().as_str(), hex.as_str());
        // The two providers hold the same key: one unwraps what the other wrapped.
        let wrapped = p.wrap_key(b"data key").unwrap();
        assert_eq!(q.unwrap_key(&wrapped).unwrap().as_slice(), b"data key");

        let upper = StaticKeyProvider::from_hex(&hex.to_uppercase()).unwrap();
        assert_eq!(upper.to_hex().as_str(), hex.as_str());
        assert_eq!(provider(0xAB).to_hex().as_str(), "ab".repeat(32));
    }

    #[test]
    fn from_hex_rejects_bad_input_without_echoing_it() {
        let good = "0123456789abcdef".repeat(4);
        let bad = [
            good[..63].to_string(),
            format!("{good}0"),
            format!("{}g", &good[..63]),
            format!("{}z9", &good[..62]),
            good.replace('a', " "),
            format!("0x{}", &good[..62]),
            "é".repeat(32),
            String::new(),
        ];
        for input in &bad {
            match StaticKeyProvider::from_hex(input) {
                Err(Error::KeyUnavailable(message)) => {
                    assert!(message.contains("64 hex digits"), "{message}");
                    if !input.is_empty() {
                        assert!(!message.contains(input.as_str()), "input echoed: {message}");
                    }
                    assert!(!message.contains("0123456789"), "input echoed: {message}");
                    assert!(!message.contains("89ab"), "input echoed: {message}");
                }
                other => panic!(
                    "accepted or wrong error for {} chars: {other:?}",
                    input.len()
                ),
            }
        }
    }

    #[test]
    fn debug_contains_no_key() {
        let p = provider(0x5A);
        let debug = format!("{p:?} {p:#?}");
        assert!(!debug.to_lowercase().contains("5a5a"), "{debug}");
        assert!(!debug.contains("90"), "{debug}");
        let g = StaticKeyProvider::generate();
        assert!(!format!("{g:?}").contains(g.to_hex().as_str()));
    }

    #[test]
    fn usable_as_a_shared_trait_object() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<StaticKeyProvider>();
        let shared: std::sync::Arc<dyn KeyProvider> = std::sync::Arc::new(provider(4));
        let wrapped = shared.wrap_key(&[1; 32]).unwrap();
        assert_eq!(shared.unwrap_key(&wrapped).unwrap().as_slice(), &[1; 32]);
    }

    proptest! {
        #[test]
        fn unwrap_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..128)) {
            prop_assert!(provider(1).unwrap_key(&bytes).is_err());
        }
    }
}
