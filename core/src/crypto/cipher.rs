//! The one AEAD used everywhere: XChaCha20-Poly1305 with a random 24-byte nonce.
//!
//! Invariants: output is `prefix ‖ nonce ‖ ciphertext ‖ tag`, built in a single allocation of
//! exactly the final size and encrypted in place, so no plaintext copy is left in freed memory.
//! Opening verifies the tag before any byte is decrypted and writes the plaintext into a
//! zeroizing buffer. The key is borrowed, never copied outside the cipher (which zeroizes it on
//! drop).

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{Key, Tag, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::random::{self, RandomUnavailable};

/// Length of an XChaCha20 nonce.
pub(crate) const NONCE_LEN: usize = 24;
/// Length of a Poly1305 tag.
pub(crate) const TAG_LEN: usize = 16;

/// Why sealing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SealFailure {
    /// No nonce could be drawn.
    Random,
    /// The cipher refused the input (too long for XChaCha20's counter).
    Cipher,
}

impl From<RandomUnavailable> for SealFailure {
    fn from(_: RandomUnavailable) -> Self {
        SealFailure::Random
    }
}

fn cipher(key: &[u8; 32]) -> XChaCha20Poly1305 {
    let key: &Key = key.into();
    XChaCha20Poly1305::new(key)
}

/// Seals `plaintext` under `key` and `aad` with a fresh random nonce, returning
/// `prefix ‖ nonce ‖ ciphertext ‖ tag`.
pub(crate) fn seal(
    key: &[u8; 32],
    prefix: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, SealFailure> {
    let mut nonce = [0u8; NONCE_LEN];
    random::fill(&mut nonce)?;
    seal_with_nonce(key, prefix, &nonce, aad, plaintext)
}

/// [`seal`] with a given nonce (deterministic; only for [`seal`] and golden tests).
pub(crate) fn seal_with_nonce(
    key: &[u8; 32],
    prefix: &[u8],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, SealFailure> {
    let body_start = prefix.len() + NONCE_LEN;
    let mut out = Vec::with_capacity(body_start + plaintext.len() + TAG_LEN);
    out.extend_from_slice(prefix);
    out.extend_from_slice(nonce);
    out.extend_from_slice(plaintext);
    let nonce: &XNonce = nonce.into();
    let tag = match cipher(key).encrypt_inout_detached(nonce, aad, (&mut out[body_start..]).into())
    {
        Ok(tag) => tag,
        Err(_) => {
            // Failed before or during the keystream: wipe whatever plaintext is left.
            zeroize::Zeroize::zeroize(&mut out);
            return Err(SealFailure::Cipher);
        }
    };
    out.extend_from_slice(&tag);
    Ok(out)
}

/// Opens `prefix ‖ nonce ‖ ciphertext ‖ tag` (the prefix of `prefix_len` bytes is skipped; the
/// caller checks it). `None` for any failure: too short or not authentic.
pub(crate) fn open(
    key: &[u8; 32],
    prefix_len: usize,
    aad: &[u8],
    sealed: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    let body = sealed.get(prefix_len..)?;
    let (nonce, rest) = body.split_at_checked(NONCE_LEN)?;
    let ct_len = rest.len().checked_sub(TAG_LEN)?;
    let (ciphertext, tag) = rest.split_at(ct_len);
    let nonce = XNonce::try_from(nonce).ok()?;
    let tag = Tag::try_from(tag).ok()?;
    let mut plaintext = Zeroizing::new(ciphertext.to_vec());
    cipher(key)
        .decrypt_inout_detached(&nonce, aad, plaintext.as_mut_slice().into(), &tag)
        .ok()?;
    Some(plaintext)
}
