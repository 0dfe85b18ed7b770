//! The data-encryption key (DEK).
//!
//! Invariants: the 32 key bytes live only inside a [`DataKey`], are wiped when it is dropped
//! ([`ZeroizeOnDrop`]), and never appear in `Debug` output, errors or logs: `Debug` shows the
//! key id alone. The bytes leave the type only through [`DataKey::expose`], for wrapping by a
//! [`KeyProvider`](super::KeyProvider).

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::random;
use crate::{Error, Result};

/// Length of a data key in bytes.
pub const DATA_KEY_LEN: usize = 32;

/// A 32-byte data-encryption key (DEK) with its id. ZeroizeOnDrop; Debug shows only the id.
///
/// The id is written (in clear) into every envelope sealed with the key and bound into its AAD,
/// so a keyring can tell which key opens a value during a rotation.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DataKey {
    id: u32,
    bytes: [u8; DATA_KEY_LEN],
}

impl DataKey {
    /// Makes a new random key with the given id, from the operating system's CSPRNG.
    ///
    /// # Panics
    /// Only if the operating system cannot provide randomness at all.
    #[must_use]
    pub fn generate(id: u32) -> Self {
        let mut key = DataKey {
            id,
            bytes: [0; DATA_KEY_LEN],
        };
        random::fill_for_key(&mut key.bytes);
        key
    }

    /// Rebuilds a key from its bytes (typically just unwrapped by a key provider).
    ///
    /// # Errors
    /// [`Error::KeyMismatch`] if `bytes` is not exactly 32 bytes long: what was unwrapped is
    /// not one of our keys.
    pub fn from_bytes(id: u32, bytes: &[u8]) -> Result<Self> {
        if bytes.len() != DATA_KEY_LEN {
            return Err(Error::KeyMismatch);
        }
        let mut key = DataKey {
            id,
            bytes: [0; DATA_KEY_LEN],
        };
        key.bytes.copy_from_slice(bytes);
        Ok(key)
    }

    /// The key's id.
    #[must_use]
    pub fn id(&self) -> u32 {
        self.id
    }

    /// The raw key bytes: only for wrapping by a key provider and for the cipher. Never log,
    /// format or store them unwrapped.
    #[must_use]
    pub fn expose(&self) -> &[u8; DATA_KEY_LEN] {
        &self.bytes
    }
}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DataKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generate_gives_distinct_random_keys() {
        let a = DataKey::generate(1);
        let b = DataKey::generate(1);
        assert_eq!(a.id(), 1);
        assert_ne!(a.expose(), b.expose());
        assert_ne!(a.expose(), &[0u8; 32]);
    }

    #[test]
    fn from_bytes_round_trips() {
        let bytes: Vec<u8> = (0u8..32).collect();
        let key = DataKey::from_bytes(7, &bytes).unwrap();
        assert_eq!(key.id(), 7);
        assert_eq!(&key.expose()[..], &bytes[..]);
    }

    #[test]
    fn from_bytes_rejects_wrong_lengths() {
        for len in [0usize, 1, 16, 31, 33, 64] {
            let bytes = vec![0xAB; len];
            assert!(
                matches!(DataKey::from_bytes(1, &bytes), Err(Error::KeyMismatch)),
                "length {len} accepted"
            );
        }
    }

    #[test]
    fn debug_shows_id_but_no_key_bytes() {
        let key = DataKey::from_bytes(42, &[0x5A; 32]).unwrap();
        let debug = format!("{key:?} {key:#?}");
        assert!(debug.contains("42"), "{debug}");
        assert!(!debug.to_lowercase().contains("5a5a"), "{debug}");
        assert!(!debug.contains("90"), "decimal byte leaked: {debug}");
        let random = DataKey::generate(3);
        let debug = format!("{random:?}");
        assert!(!debug.contains(&hex::encode(random.expose())));
        assert!(!debug.contains(&format!("{:?}", random.expose())));
    }

    #[test]
    fn zeroize_wipes_the_bytes() {
        let mut key = DataKey::from_bytes(9, &[0xFF; 32]).unwrap();
        key.zeroize();
        assert_eq!(key.expose(), &[0u8; 32]);
    }
}
