//! The envelope: one sealed personal value, bound to where it is stored.
//!
//! Layout (all integers big-endian):
//!
//! ```text
//! envelope = version:u8 (= 1) | key_id:u32 | nonce:24 | ciphertext (= plaintext length) | tag:16
//! ```
//!
//! The AEAD is XChaCha20-Poly1305 with a fresh random nonce per seal (192-bit nonces: no
//! practical collision risk, no counter to persist). The AAD binds the value to its place and key:
//!
//! ```text
//! aad = "qazstep" | 0x00 | version:u8
//!     | len(table):u32 | table | len(field):u32 | field | len(row):u32 | row
//!     | key_id:u32
//! ```
//!
//! Invariants:
//! - The AAD is length-prefixed, so it is unambiguous for any strings (including ones that
//!   contain NUL): `("ab", "c")` and `("a", "bc")` never collide.
//! - A value copied to another table, field or row, relabelled with another key id, or damaged
//!   in any byte fails to open, with [`Error::DataCorrupted`] naming only the logical place
//!   (table, field, random row id): never the plaintext, the ciphertext or key material.
//! - Opening never panics on any input, and returns plaintext only in a zeroizing buffer.
//! - The format is versioned; changing it means a new [`ENVELOPE_VERSION`].

use super::cipher::{self, NONCE_LEN, SealFailure, TAG_LEN};
use super::key::DataKey;
use crate::{Error, Result};
use zeroize::Zeroizing;

/// The envelope format version written by [`seal`] and the only one [`open`] accepts.
pub const ENVELOPE_VERSION: u8 = 1;

/// Length of the clear header: version and key id (the nonce follows).
const HEADER_LEN: usize = 1 + 4;

/// Bytes an envelope adds to its plaintext: header, nonce and tag (45).
pub const ENVELOPE_OVERHEAD: usize = HEADER_LEN + NONCE_LEN + TAG_LEN;

/// The application tag that starts every AAD.
const AAD_TAG: &[u8] = b"qazstep";

/// What a sealed value is bound to: AAD = `"qazstep"` ‖ 0 ‖ version ‖ table ‖ field ‖ row ‖
/// key_id (u32 BE), each string prefixed by its length (u32 BE), so any strings are unambiguous
/// (see the [module docs](self)).
///
/// None of these may be personal: `row` is the record's random UUID, and all three appear in
/// [`Error::DataCorrupted`] messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Aad<'a> {
    /// Logical table the value is stored in (e.g. `"profile"`).
    pub table: &'a str,
    /// Logical field (column) of the value (e.g. `"iin"`).
    pub field: &'a str,
    /// Random id (UUID) of the record holding the value.
    pub row: &'a str,
}

impl Aad<'_> {
    /// The AAD bytes for a value sealed with key `key_id` (see the [module docs](self)).
    ///
    /// # Errors
    /// [`Error::InvalidInput`] if a part is longer than `u32::MAX` bytes.
    pub fn encode(&self, key_id: u32) -> Result<Vec<u8>> {
        let parts = [self.table, self.field, self.row];
        let len = AAD_TAG.len() + 2 + parts.iter().map(|p| 4 + p.len()).sum::<usize>() + 4;
        let mut out = Vec::with_capacity(len);
        out.extend_from_slice(AAD_TAG);
        out.push(0);
        out.push(ENVELOPE_VERSION);
        for part in parts {
            let part_len = u32::try_from(part.len())
                .map_err(|_| Error::InvalidInput("a sealed value's label is too long".into()))?;
            out.extend_from_slice(&part_len.to_be_bytes());
            out.extend_from_slice(part.as_bytes());
        }
        out.extend_from_slice(&key_id.to_be_bytes());
        Ok(out)
    }

    /// The error for a value at this place that does not open.
    #[must_use]
    pub fn corrupted(&self) -> Error {
        Error::DataCorrupted {
            table: self.table.to_owned(),
            field: self.field.to_owned(),
            row: self.row.to_owned(),
        }
    }
}

fn header(key_id: u32) -> [u8; HEADER_LEN] {
    let id = key_id.to_be_bytes();
    [ENVELOPE_VERSION, id[0], id[1], id[2], id[3]]
}

fn seal_failure(failure: SealFailure) -> Error {
    match failure {
        SealFailure::Random => {
            Error::Internal("the system random number generator failed; nothing was sealed".into())
        }
        SealFailure::Cipher => Error::Internal("a value is too large to seal".into()),
    }
}

/// envelope = version:u8 | key_id:u32 BE | nonce:24 | ciphertext+tag:16
///
/// Seals `plaintext` with `key`, bound to `aad` and the key's id, under a fresh random nonce.
///
/// # Errors
/// [`Error::Internal`] if the system RNG fails or the value is too large (≥ 256 GiB).
pub fn seal(key: &DataKey, aad: &Aad<'_>, plaintext: &[u8]) -> Result<Vec<u8>> {
    let aad_bytes = aad.encode(key.id())?;
    cipher::seal(key.expose(), &header(key.id()), &aad_bytes, plaintext).map_err(seal_failure)
}

/// Opens an envelope made by [`seal`] with the same key and AAD.
///
/// # Errors
/// Any failure (short, bad version, key id differs from `key.id()`, tag) is
/// [`Error::DataCorrupted`] with table, field and row taken from `aad`.
pub fn open(key: &DataKey, aad: &Aad<'_>, envelope: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    if key_id_of(envelope) != Some(key.id()) {
        return Err(aad.corrupted());
    }
    let aad_bytes = aad.encode(key.id()).map_err(|_| aad.corrupted())?;
    cipher::open(key.expose(), HEADER_LEN, &aad_bytes, envelope).ok_or_else(|| aad.corrupted())
}

/// The key id an envelope claims to be sealed with (unauthenticated until it opens).
///
/// `None` if it is shorter than the smallest envelope ([`ENVELOPE_OVERHEAD`] bytes) or not of
/// version [`ENVELOPE_VERSION`].
#[must_use]
pub fn key_id_of(envelope: &[u8]) -> Option<u32> {
    if envelope.len() < ENVELOPE_OVERHEAD {
        return None;
    }
    match envelope {
        [ENVELOPE_VERSION, a, b, c, d, ..] => Some(u32::from_be_bytes([*a, *b, *c, *d])),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const AAD: Aad<'static> = Aad {
        table: "profile",
        field: "iin",
        row: "0190a3c4-5b6e-7f80-9a1b-2c3d4e5f6071",
    };

    fn key(id: u32) -> DataKey {
        DataKey::generate(id)
    }

    fn assert_corrupted_at(result: Result<Zeroizing<Vec<u8>>>, at: &Aad<'_>) {
        match result {
            Err(Error::DataCorrupted { table, field, row }) => {
                assert_eq!(
                    (table.as_str(), field.as_str(), row.as_str()),
                    (at.table, at.field, at.row)
                );
            }
            Err(other) => panic!("expected DataCorrupted, got {other:?}"),
            Ok(_) => panic!("a bad envelope opened"),
        }
    }

    #[test]
    fn round_trip() {
        let key = key(1);
        for plaintext in [&b""[..], b"x", b"980312450017", &[0u8; 4096][..]] {
            let envelope = seal(&key, &AAD, plaintext).unwrap();
            assert_eq!(envelope.len(), plaintext.len() + ENVELOPE_OVERHEAD);
            assert_eq!(envelope[0], ENVELOPE_VERSION);
            assert_eq!(key_id_of(&envelope), Some(1));
            assert_eq!(open(&key, &AAD, &envelope).unwrap().as_slice(), plaintext);
        }
    }

    #[test]
    fn ciphertext_does_not_contain_plaintext_and_nonces_differ() {
        let key = key(1);
        let marker = b"MARKER-980312450017-MARKER";
        let a = seal(&key, &AAD, marker).unwrap();
        let b = seal(&key, &AAD, marker).unwrap();
        assert_ne!(a, b, "two seals must use different nonces");
        assert_ne!(
            a[HEADER_LEN..HEADER_LEN + NONCE_LEN],
            b[HEADER_LEN..HEADER_LEN + NONCE_LEN]
        );
        assert!(!a.windows(8).any(|w| marker.windows(8).any(|m| m == w)));
    }

    #[test]
    fn every_single_byte_flip_fails() {
        let key = key(0x0102_0304);
        let envelope = seal(&key, &AAD, b"secret answer B").unwrap();
        for i in 0..envelope.len() {
            for mask in [0x01u8, 0x80, 0xFF] {
                let mut damaged = envelope.clone();
                damaged[i] ^= mask;
                assert_corrupted_at(open(&key, &AAD, &damaged), &AAD);
            }
        }
        assert!(open(&key, &AAD, &envelope).is_ok());
    }

    #[test]
    fn moved_to_another_table_field_or_row_fails() {
        let key = key(1);
        let envelope = seal(&key, &AAD, b"980312450017").unwrap();
        let elsewhere = [
            Aad {
                table: "attempt",
                ..AAD
            },
            Aad {
                field: "name",
                ..AAD
            },
            Aad {
                row: "0190a3c4-5b6e-7f80-9a1b-2c3d4e5f6072",
                ..AAD
            },
            Aad {
                table: "",
                field: "",
                row: "",
            },
        ];
        for other in &elsewhere {
            assert_corrupted_at(open(&key, other, &envelope), other);
        }
    }

    #[test]
    fn aad_is_unambiguous() {
        let a = Aad {
            table: "ab",
            field: "c",
            row: "r",
        };
        let b = Aad {
            table: "a",
            field: "bc",
            row: "r",
        };
        let c = Aad {
            table: "a\0b",
            field: "c",
            row: "r",
        };
        let d = Aad {
            table: "a",
            field: "b\0c",
            row: "r",
        };
        let encoded: Vec<_> = [a, b, c, d].iter().map(|x| x.encode(1).unwrap()).collect();
        for i in 0..encoded.len() {
            for j in i + 1..encoded.len() {
                assert_ne!(encoded[i], encoded[j], "{i} and {j} collide");
            }
        }
        assert_ne!(a.encode(1).unwrap(), a.encode(2).unwrap());

        let key = key(1);
        let envelope = seal(&key, &c, b"v").unwrap();
        assert_corrupted_at(open(&key, &d, &envelope), &d);
    }

    #[test]
    fn aad_encoding_is_pinned() {
        // Stored data depends on these exact bytes: changing them needs a new version.
        let aad = Aad {
            table: "t",
            field: "fi",
            row: "r0w",
        };
        let expected = [
            &b"qazstep"[..],
            &[0, 1],
            &[0, 0, 0, 1],
            b"t",
            &[0, 0, 0, 2],
            b"fi",
            &[0, 0, 0, 3],
            b"r0w",
            &[0xDE, 0xAD, 0xBE, 0xEF],
        ]
        .concat();
        assert_eq!(aad.encode(0xDEAD_BEEF).unwrap(), expected);
    }

    #[test]
    fn envelope_format_is_pinned() {
        // A golden envelope: a fixed key, nonce and AAD must keep giving these bytes, and they
        // must keep opening. It guards the header layout, AAD and cipher choice. The bytes were
        // checked independently with libsodium's crypto_aead_xchacha20poly1305_ietf_encrypt.
        let key = DataKey::from_bytes(7, &[0x42; 32]).unwrap();
        let aad = Aad {
            table: "t",
            field: "f",
            row: "r",
        };
        let nonce = [0x24; NONCE_LEN];
        let aad_bytes = aad.encode(7).unwrap();
        let envelope =
            cipher::seal_with_nonce(key.expose(), &header(7), &nonce, &aad_bytes, b"hello")
                .unwrap();
        let golden = "0100000007242424242424242424242424242424242424242424242424cd3bbb090175786fe276805223262786f488d90281";
        assert_eq!(hex::encode(&envelope), golden);
        let golden = hex::decode(golden).unwrap();
        assert_eq!(open(&key, &aad, &golden).unwrap().as_slice(), b"hello");
    }

    #[test]
    fn key_id_mismatch_fails() {
        let sealer = DataKey::from_bytes(1, &[7; 32]).unwrap();
        let same_bytes_other_id = DataKey::from_bytes(2, &[7; 32]).unwrap();
        let envelope = seal(&sealer, &AAD, b"v").unwrap();
        assert_corrupted_at(open(&same_bytes_other_id, &AAD, &envelope), &AAD);

        // Rewriting the header's key id to match the opener still fails: the id is in the AAD.
        let mut relabelled = envelope.clone();
        relabelled[1..5].copy_from_slice(&2u32.to_be_bytes());
        assert_eq!(key_id_of(&relabelled), Some(2));
        assert_corrupted_at(open(&same_bytes_other_id, &AAD, &relabelled), &AAD);
    }

    #[test]
    fn wrong_key_with_same_id_fails() {
        let envelope = seal(&key(1), &AAD, b"v").unwrap();
        assert_corrupted_at(open(&key(1), &AAD, &envelope), &AAD);
    }

    #[test]
    fn truncated_and_extended_inputs_fail_without_panic() {
        let key = key(1);
        let envelope = seal(&key, &AAD, b"some plaintext").unwrap();
        for len in 0..envelope.len() {
            assert_corrupted_at(open(&key, &AAD, &envelope[..len]), &AAD);
        }
        let mut longer = envelope.clone();
        longer.push(0);
        assert_corrupted_at(open(&key, &AAD, &longer), &AAD);
    }

    #[test]
    fn key_id_of_rejects_short_and_other_versions() {
        let envelope = seal(&key(5), &AAD, b"").unwrap();
        assert_eq!(envelope.len(), ENVELOPE_OVERHEAD);
        assert_eq!(key_id_of(&envelope), Some(5));
        assert_eq!(key_id_of(&envelope[..ENVELOPE_OVERHEAD - 1]), None);
        assert_eq!(key_id_of(&[]), None);
        for version in [0u8, 2, 0xFF] {
            let mut other = envelope.clone();
            other[0] = version;
            assert_eq!(key_id_of(&other), None);
        }
    }

    #[test]
    fn error_names_only_the_place() {
        let key = key(1);
        let envelope = seal(&key, &AAD, b"980312450017").unwrap();
        let mut damaged = envelope.clone();
        damaged[HEADER_LEN + NONCE_LEN] ^= 1;
        let message = open(&key, &AAD, &damaged).unwrap_err().to_string();
        assert!(message.contains("profile.iin"), "{message}");
        assert!(!message.contains("980312450017"), "{message}");
        assert!(!message.contains(&hex::encode(key.expose())), "{message}");
    }

    proptest! {
        #[test]
        fn open_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let key = DataKey::from_bytes(1, &[9; 32]).unwrap();
            prop_assert!(open(&key, &AAD, &bytes).is_err());
            let _ = key_id_of(&bytes);
        }

        #[test]
        fn open_never_panics_past_the_header(body in proptest::collection::vec(any::<u8>(), 0..256)) {
            // A valid header for the key reaches the cipher, which must reject the bytes.
            let key = DataKey::from_bytes(1, &[9; 32]).unwrap();
            let mut envelope = header(1).to_vec();
            envelope.extend_from_slice(&body);
            prop_assert!(open(&key, &AAD, &envelope).is_err());
        }

        #[test]
        fn round_trips_any_value_and_place(
            plaintext in proptest::collection::vec(any::<u8>(), 0..512),
            table in ".{0,12}", field in ".{0,12}", row in ".{0,40}", id in any::<u32>(),
        ) {
            let key = DataKey::generate(id);
            let aad = Aad { table: &table, field: &field, row: &row };
            let envelope = seal(&key, &aad, &plaintext).unwrap();
            prop_assert_eq!(key_id_of(&envelope), Some(id));
            let opened = open(&key, &aad, &envelope).unwrap();
            prop_assert_eq!(opened.as_slice(), plaintext.as_slice());
        }
    }
}
