//! Pack parsing + validation (including the pack's blueprints): any bytes give `Ok` or a list
//! of problems, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(v) = qazstep_core::Qazstep::validate_pack(data) {
        // A pack that validates has consistent ids: every question's topic is declared.
        assert!(!v.pack.id.is_empty());
    }
});
