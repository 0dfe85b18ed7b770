//! The CLI's response text parser (`2`, `1,3`, `A-2 B-1`, …) for each question kind.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qazstep_core::content::QuestionKind;
use qazstep_core::scoring::parse_response;

fuzz_target!(|data: &[u8]| {
    let Some((&k, rest)) = data.split_first() else {
        return;
    };
    let kind = match k % 3 {
        0 => QuestionKind::Single,
        1 => QuestionKind::Multiple,
        _ => QuestionKind::Matching,
    };
    if let Ok(text) = std::str::from_utf8(rest) {
        let _ = parse_response(kind, text);
    }
});
