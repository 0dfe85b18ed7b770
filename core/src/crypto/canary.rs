//! The key canary: a known value sealed with the data key when it is created.
//!
//! Checking it when the database is opened turns a wrong key into a clear
//! [`Error::KeyMismatch`] before any row is read or written. The canary is an ordinary envelope
//! at table `key_meta`, field `canary`, row = the key id in decimal, so it is bound to the key id
//! like every other value.

use super::envelope::{self, Aad};
use super::key::DataKey;
use crate::{Error, Result};

/// The plaintext of every canary (not secret).
pub const CANARY_PLAINTEXT: &[u8] = b"qazstep key canary v1";

/// Seals the canary for `key`, to be stored beside its wrapped form.
///
/// # Errors
/// [`Error::Internal`] if the system RNG fails.
pub fn seal_canary(key: &DataKey) -> Result<Vec<u8>> {
    let row = key.id().to_string();
    envelope::seal(key, &canary_aad(&row), CANARY_PLAINTEXT)
}

/// Checks that `sealed` is the canary of `key`.
///
/// # Errors
/// [`Error::KeyMismatch`] if it does not open with `key` (wrong key, other key id, damaged) or
/// holds anything but [`CANARY_PLAINTEXT`].
pub fn check_canary(key: &DataKey, sealed: &[u8]) -> Result<()> {
    let row = key.id().to_string();
    match envelope::open(key, &canary_aad(&row), sealed) {
        Ok(plaintext) if plaintext.as_slice() == CANARY_PLAINTEXT => Ok(()),
        _ => Err(Error::KeyMismatch),
    }
}

fn canary_aad(row: &str) -> Aad<'_> {
    Aad {
        table: "key_meta",
        field: "canary",
        row,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canary_accepts_the_right_key() {
        let key = DataKey::generate(1);
        let canary = seal_canary(&key).unwrap();
        check_canary(&key, &canary).unwrap();
        let again = DataKey::from_bytes(1, key.expose()).unwrap();
        check_canary(&again, &canary).unwrap();
    }

    #[test]
    fn canary_detects_a_wrong_key() {
        let key = DataKey::generate(1);
        let canary = seal_canary(&key).unwrap();
        let wrong_bytes = DataKey::generate(1);
        assert!(matches!(
            check_canary(&wrong_bytes, &canary),
            Err(Error::KeyMismatch)
        ));
        let wrong_id = DataKey::from_bytes(2, key.expose()).unwrap();
        assert!(matches!(
            check_canary(&wrong_id, &canary),
            Err(Error::KeyMismatch)
        ));
    }

    #[test]
    fn canary_detects_damage_and_foreign_values() {
        let key = DataKey::generate(1);
        let mut canary = seal_canary(&key).unwrap();
        let last = canary.len() - 1;
        canary[last] ^= 1;
        assert!(matches!(
            check_canary(&key, &canary),
            Err(Error::KeyMismatch)
        ));
        assert!(matches!(check_canary(&key, &[]), Err(Error::KeyMismatch)));

        // A right-key envelope at the canary's place but with other contents.
        let row = key.id().to_string();
        let impostor = envelope::seal(&key, &canary_aad(&row), b"something else").unwrap();
        assert!(matches!(
            check_canary(&key, &impostor),
            Err(Error::KeyMismatch)
        ));

        // The right plaintext sealed for another place is not a canary.
        let elsewhere = Aad {
            table: "profile",
            field: "canary",
            row: &row,
        };
        let moved = envelope::seal(&key, &elsewhere, CANARY_PLAINTEXT).unwrap();
        assert!(matches!(
            check_canary(&key, &moved),
            Err(Error::KeyMismatch)
        ));
    }
}
