//! The envelope parser: arbitrary bytes never open (no panic, no plaintext) under a fixed key,
//! and a value sealed from the input always opens back to it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qazstep_core::crypto::{Aad, DataKey, key_id_of, open, seal};

fuzz_target!(|data: &[u8]| {
    let key = DataKey::from_bytes(1, &[9u8; 32]).expect("key");
    let aad = Aad {
        table: "responses",
        field: "data",
        row: "fuzz",
    };
    let _ = key_id_of(data);
    assert!(open(&key, &aad, data).is_err(), "random bytes opened");
    let sealed = seal(&key, &aad, data).expect("seal");
    assert_eq!(key_id_of(&sealed), Some(1));
    assert_eq!(open(&key, &aad, &sealed).expect("open").as_slice(), data);
});
