//! Pack parsing + validation (including the pack's blueprints): any bytes give `Ok` or a list
//! of problems, never a panic. The borrowed JSON tree the validator reads agrees with serde_json's
//! `Value` on every document without repeated keys, problem for problem (a `Value` has lost the
//! repetitions, which the tree reports).
#![no_main]

use libfuzzer_sys::fuzz_target;
use qazstep_core::content::{parse_pack, validate_value};

fuzz_target!(|data: &[u8]| {
    if let Ok(v) = qazstep_core::Qazstep::validate_pack(data) {
        // A pack that validates has consistent ids: every question's topic is declared.
        assert!(!v.pack.id.is_empty());
    }
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        let tree = parse_pack(data);
        if let Err(problems) = &tree
            && problems
                .iter()
                .any(|p| p.message.starts_with("duplicate field "))
        {
            return;
        }
        match (tree, validate_value(&value)) {
            (Ok(tree), Ok((pack, warnings))) => {
                assert!(tree.pack == pack && tree.warnings == warnings);
            }
            (Err(tree), Err(value)) => assert_eq!(tree, value),
            _ => panic!("the borrowed tree and Value disagree"),
        }
    }
});
