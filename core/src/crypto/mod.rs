//! Sealing of personal data: data keys, the envelope, key providers.
