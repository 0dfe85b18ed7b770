//! The foreign [`KeyProvider`]: the shell wraps the core's data key with a key that never
//! leaves the Android Keystore / iOS Keychain.
//!
//! Invariants: a foreign [`QazstepError::KeyMismatch`] becomes the core's
//! `KeyProviderError::Mismatch` (a clear "wrong key"); every other failure, including an
//! unexpected foreign exception, becomes `Unavailable` with a one-line reason. An unwrapped key
//! is moved into a zeroizing buffer the moment it crosses back into Rust.

use std::sync::Arc;

use qazstep_core::crypto::{KeyProvider as CoreKeyProvider, KeyProviderError};
use zeroize::Zeroizing;

use crate::error::{QazstepError, first_line};

/// Wraps and unwraps the core's 32-byte data key. Implemented by the shell: on Android over
/// the Keystore (e.g. AES-GCM with a non-exportable key), on iOS over the Keychain/Secure
/// Enclave. Only wrapped keys are ever stored.
///
/// Contract: `unwrapKey(wrapKey(k)) == k`; a blob wrapped under another key must throw
/// `KeyMismatch` (never return garbage); throw `KeyUnavailable` when the keystore cannot work
/// now (locked, user not authenticated). Any other exception is treated as `KeyUnavailable`.
/// Called on whichever thread calls the core; implementations must be thread-safe.
#[uniffi::export(foreign)]
pub trait KeyProvider: Send + Sync {
    /// Wraps (encrypts and authenticates) `key` for storage; returns the wrapped blob.
    fn wrap_key(&self, key: Vec<u8>) -> Result<Vec<u8>, QazstepError>;

    /// Unwraps a blob made by `wrap_key`; returns the key.
    fn unwrap_key(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, QazstepError>;
}

/// Adapts a foreign [`KeyProvider`] to the core's trait.
pub(crate) struct ForeignKeyProvider(pub(crate) Arc<dyn KeyProvider>);

fn to_core(err: QazstepError) -> KeyProviderError {
    match err {
        QazstepError::KeyMismatch { .. } => KeyProviderError::Mismatch,
        QazstepError::KeyUnavailable { reason } => KeyProviderError::Unavailable(reason),
        other => KeyProviderError::Unavailable(first_line(&other.to_string())),
    }
}

impl CoreKeyProvider for ForeignKeyProvider {
    fn wrap_key(&self, key: &[u8]) -> Result<Vec<u8>, KeyProviderError> {
        // The copy handed over is consumed by the FFI lowering (its buffer belongs to UniFFI).
        self.0.wrap_key(key.to_vec()).map_err(to_core)
    }

    fn unwrap_key(&self, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyProviderError> {
        self.0
            .unwrap_key(wrapped.to_vec())
            .map(Zeroizing::new)
            .map_err(to_core)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Failing(QazstepError);
    impl KeyProvider for Failing {
        fn wrap_key(&self, _key: Vec<u8>) -> Result<Vec<u8>, QazstepError> {
            Err(self.0.clone())
        }
        fn unwrap_key(&self, _wrapped: Vec<u8>) -> Result<Vec<u8>, QazstepError> {
            Err(self.0.clone())
        }
    }

    #[test]
    fn foreign_errors_map_to_provider_errors() {
        let mismatch = ForeignKeyProvider(Arc::new(Failing(QazstepError::KeyMismatch {
            reason: "x".into(),
        })));
        assert_eq!(mismatch.unwrap_key(&[1]), Err(KeyProviderError::Mismatch));
        let locked = ForeignKeyProvider(Arc::new(Failing(QazstepError::KeyUnavailable {
            reason: "locked".into(),
        })));
        assert_eq!(
            locked.wrap_key(&[1]),
            Err(KeyProviderError::Unavailable("locked".into()))
        );
        let other = ForeignKeyProvider(Arc::new(Failing(QazstepError::StorageFull)));
        assert!(matches!(
            other.unwrap_key(&[1]),
            Err(KeyProviderError::Unavailable(_))
        ));
    }
}
