//! The keyring: which data keys seal and open values.
//!
//! Invariants: new values are always sealed with the current key; a value opens with the key
//! whose id its envelope names, which must be the current key or (during a data-key rotation)
//! the previous one — anything else is [`Error::DataCorrupted`]. JSON plaintexts exist only in
//! zeroizing buffers that are allocated once at their final size. `Debug` shows key ids only.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

use super::envelope::{self, Aad};
use super::key::DataKey;
use crate::{Error, Result};

/// The DEKs in use: the current one (seals) and, during a data-key rotation, the previous one (opens only).
///
/// It is `Send + Sync` and immutable: share it behind an `Arc`; a rotation builds a new one.
#[derive(Clone)]
pub struct Keyring {
    current: DataKey,
    previous: Option<DataKey>,
}

impl Keyring {
    /// A keyring with one key, which seals and opens.
    #[must_use]
    pub fn new(current: DataKey) -> Self {
        Keyring {
            current,
            previous: None,
        }
    }

    /// A keyring in the middle of a data-key rotation: `current` seals, both open.
    ///
    /// The two keys must have different ids; if they do not, envelopes naming that id are
    /// opened with `current` only.
    #[must_use]
    pub fn with_previous(current: DataKey, previous: DataKey) -> Self {
        Keyring {
            current,
            previous: Some(previous),
        }
    }

    /// Id of the key that seals.
    #[must_use]
    pub fn current_id(&self) -> u32 {
        self.current.id()
    }

    /// Id of the previous key, while a rotation is under way.
    #[must_use]
    pub fn previous_id(&self) -> Option<u32> {
        self.previous.as_ref().map(DataKey::id)
    }

    /// The key that seals (for wrapping it or sealing its canary).
    #[must_use]
    pub fn current(&self) -> &DataKey {
        &self.current
    }

    /// The previous key, while a rotation is under way.
    #[must_use]
    pub fn previous(&self) -> Option<&DataKey> {
        self.previous.as_ref()
    }

    /// The key that opens an envelope naming `key_id`, if this keyring holds it.
    fn key_for(&self, key_id: u32) -> Option<&DataKey> {
        if key_id == self.current.id() {
            Some(&self.current)
        } else {
            self.previous.as_ref().filter(|key| key.id() == key_id)
        }
    }

    /// Seals `plaintext` with the current key (see [`envelope::seal`]).
    ///
    /// # Errors
    /// [`Error::Internal`] if the system RNG fails or the value is too large.
    pub fn seal(&self, aad: &Aad<'_>, plaintext: &[u8]) -> Result<Vec<u8>> {
        envelope::seal(&self.current, aad, plaintext)
    }

    /// Opens an envelope with the key its header names (current or previous).
    ///
    /// # Errors
    /// [`Error::DataCorrupted`] (naming `aad`'s place) if the key id is unknown to this keyring
    /// or the envelope does not open.
    pub fn open(&self, aad: &Aad<'_>, envelope: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let key = envelope::key_id_of(envelope)
            .and_then(|id| self.key_for(id))
            .ok_or_else(|| aad.corrupted())?;
        envelope::open(key, aad, envelope)
    }

    /// Whether an envelope is sealed with a key other than the current one (it needs
    /// re-sealing during a rotation). Unreadable envelopes count as not current.
    #[must_use]
    pub fn needs_reseal(&self, envelope: &[u8]) -> bool {
        envelope::key_id_of(envelope) != Some(self.current.id())
    }

    /// Serializes `value` to JSON and seals it with the current key. The JSON bytes are wiped.
    ///
    /// # Errors
    /// [`Error::Internal`] if `value` cannot be serialized to JSON (e.g. a map with non-string
    /// keys), the system RNG fails or the value is too large.
    pub fn seal_json<T: Serialize>(&self, aad: &Aad<'_>, value: &T) -> Result<Vec<u8>> {
        let json = to_json(value)?;
        self.seal(aad, &json)
    }

    /// Opens an envelope and parses its JSON. The JSON bytes are wiped after parsing.
    ///
    /// # Errors
    /// [`Error::DataCorrupted`] if the envelope does not open or its JSON does not parse as `T`
    /// (the parser's message, which may quote the data, is dropped).
    pub fn open_json<T: DeserializeOwned>(&self, aad: &Aad<'_>, envelope: &[u8]) -> Result<T> {
        let json = self.open(aad, envelope)?;
        serde_json::from_slice(&json).map_err(|_| aad.corrupted())
    }
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyring")
            .field("current_id", &self.current_id())
            .field("previous_id", &self.previous_id())
            .finish_non_exhaustive()
    }
}

/// A writer that only counts bytes.
struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// JSON of `value` in a zeroizing buffer allocated once at its exact size (a growing `Vec`
/// would leave unwiped copies of the personal data in freed memory).
fn to_json<T: Serialize>(value: &T) -> Result<Zeroizing<Vec<u8>>> {
    let failed = |_| Error::Internal("a value could not be serialized for sealing".into());
    let mut counter = Counter(0);
    serde_json::to_writer(&mut counter, value).map_err(failed)?;
    let mut json = Zeroizing::new(Vec::with_capacity(counter.0));
    serde_json::to_writer(&mut *json, value).map_err(failed)?;
    if json.len() != counter.0 {
        return Err(Error::Internal(
            "a value serialized differently twice; nothing was sealed".into(),
        ));
    }
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const AAD: Aad<'static> = Aad {
        table: "attempt",
        field: "answers",
        row: "0190a3c4-5b6e-7f80-9a1b-2c3d4e5f6071",
    };

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Answers {
        iin: String,
        choices: Vec<u8>,
        score: Option<f64>,
    }

    fn answers() -> Answers {
        Answers {
            iin: "980312450017".into(),
            choices: vec![0, 3, 2, 1],
            score: Some(87.5),
        }
    }

    #[test]
    fn seals_with_current_and_opens_both_during_rotation() {
        let old = DataKey::generate(1);
        let before = Keyring::new(old.clone());
        let sealed_by_old = before.seal(&AAD, b"old value").unwrap();
        assert_eq!(envelope::key_id_of(&sealed_by_old), Some(1));

        let during = Keyring::with_previous(DataKey::generate(2), old);
        assert_eq!((during.current_id(), during.previous_id()), (2, Some(1)));
        let sealed_by_new = during.seal(&AAD, b"new value").unwrap();
        assert_eq!(envelope::key_id_of(&sealed_by_new), Some(2));
        assert_eq!(
            during.open(&AAD, &sealed_by_old).unwrap().as_slice(),
            b"old value"
        );
        assert_eq!(
            during.open(&AAD, &sealed_by_new).unwrap().as_slice(),
            b"new value"
        );
        assert!(during.needs_reseal(&sealed_by_old));
        assert!(!during.needs_reseal(&sealed_by_new));

        // The old keyring cannot read what the new key sealed: unknown key id.
        assert!(matches!(
            before.open(&AAD, &sealed_by_new),
            Err(Error::DataCorrupted { .. })
        ));

        // After the rotation the previous key is gone: old envelopes no longer open.
        let after = Keyring::new(during.current().clone());
        assert_eq!(after.previous_id(), None);
        assert!(matches!(
            after.open(&AAD, &sealed_by_old),
            Err(Error::DataCorrupted { .. })
        ));
        assert_eq!(
            after.open(&AAD, &sealed_by_new).unwrap().as_slice(),
            b"new value"
        );
    }

    #[test]
    fn unknown_or_unreadable_key_id_is_corrupted() {
        let ring = Keyring::with_previous(DataKey::generate(2), DataKey::generate(1));
        let stranger = envelope::seal(&DataKey::generate(3), &AAD, b"v").unwrap();
        for bad in [&stranger[..], &[], &[1, 0, 0, 0, 2], &stranger[..20]] {
            match ring.open(&AAD, bad) {
                Err(Error::DataCorrupted { table, field, row }) => {
                    assert_eq!(
                        (table.as_str(), field.as_str(), row.as_str()),
                        (AAD.table, AAD.field, AAD.row)
                    );
                }
                other => panic!("expected DataCorrupted, got {other:?}"),
            }
        }
    }

    #[test]
    fn previous_with_same_bytes_other_id_does_not_confuse_lookup() {
        let current = DataKey::from_bytes(2, &[1; 32]).unwrap();
        let previous = DataKey::from_bytes(1, &[2; 32]).unwrap();
        let ring = Keyring::with_previous(current, previous);
        let mut envelope = ring.seal(&AAD, b"v").unwrap();
        envelope[1..5].copy_from_slice(&1u32.to_be_bytes());
        assert!(ring.open(&AAD, &envelope).is_err());
    }

    #[test]
    fn json_round_trip() {
        let ring = Keyring::new(DataKey::generate(1));
        let sealed = ring.seal_json(&AAD, &answers()).unwrap();
        assert!(!sealed.windows(12).any(|w| w == b"980312450017"));
        let back: Answers = ring.open_json(&AAD, &sealed).unwrap();
        assert_eq!(back, answers());

        let other_row = Aad {
            row: "another",
            ..AAD
        };
        assert!(matches!(
            ring.open_json::<Answers>(&other_row, &sealed),
            Err(Error::DataCorrupted { .. })
        ));
    }

    #[test]
    fn json_that_does_not_parse_is_corrupted_without_echo() {
        let ring = Keyring::new(DataKey::generate(1));
        for plaintext in [
            &b"not json 980312450017"[..],
            b"{\"iin\":\"980312450017\"}",
            b"",
        ] {
            let sealed = ring.seal(&AAD, plaintext).unwrap();
            match ring.open_json::<Answers>(&AAD, &sealed) {
                Err(err @ Error::DataCorrupted { .. }) => {
                    assert!(!err.to_string().contains("980312450017"), "{err}");
                }
                other => panic!("expected DataCorrupted, got {other:?}"),
            }
        }
    }

    #[test]
    fn json_serialization_failure_is_internal() {
        let ring = Keyring::new(DataKey::generate(1));
        let mut bad: HashMap<(u8, u8), u8> = HashMap::new();
        bad.insert((1, 2), 3);
        assert!(matches!(
            ring.seal_json(&AAD, &bad),
            Err(Error::Internal(_))
        ));
    }

    #[test]
    fn to_json_allocates_exactly_once() {
        let json = to_json(&answers()).unwrap();
        assert_eq!(json.len(), json.capacity());
        assert_eq!(
            json.as_slice(),
            serde_json::to_vec(&answers()).unwrap().as_slice()
        );
    }

    #[test]
    fn debug_shows_ids_only_and_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Keyring>();
        let ring = Keyring::with_previous(
            DataKey::from_bytes(7, &[0x5A; 32]).unwrap(),
            DataKey::from_bytes(6, &[0xA5; 32]).unwrap(),
        );
        let debug = format!("{ring:?} {ring:#?}");
        assert!(debug.contains('7') && debug.contains('6'), "{debug}");
        let lower = debug.to_lowercase();
        assert!(
            !lower.contains("5a5a") && !lower.contains("a5a5"),
            "{debug}"
        );
        assert!(!debug.contains("90") && !debug.contains("165"), "{debug}");
    }
}
