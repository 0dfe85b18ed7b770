//! Blueprint loading from JSON text: `Ok` or problems, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qazstep_core::exam::blueprint::Blueprint;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Blueprint::from_json(text);
    }
});
