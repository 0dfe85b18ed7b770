//! The stored bank index (`content.db` table `bank_index`, read by the first exam start after an
//! app start): arbitrary bytes never panic `BankIndex::decode`; whatever it accepts re-encodes
//! to itself, lists its rows, and a full ҰБТ and ПББ mock assembles from it without a panic
//! (an error such as "not enough questions" is fine).
//!
//! The input is either a raw candidate encoding (first byte even) or, to reach past the
//! header checks, a small bank built from the input, encoded and then damaged at the positions
//! the rest of the input names (first byte odd).
#![no_main]

use std::collections::HashMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use qazstep_core::content::{Exam, Locale, QuestionKind};
use qazstep_core::exam::{AssemblyInput, BankIndex, Blueprint, assemble};
use qazstep_core::store::bank::QuestionRef;

const SUBJECTS: [&str; 8] = [
    "history_kz",
    "math_literacy",
    "reading_literacy",
    "math",
    "physics",
    "teaching_methodology",
    "chemistry",
    "biology",
];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        check(rest);
        return;
    }
    // A bank of up to 255 questions described by 4 bytes each, then damage.
    let n = rest.first().copied().unwrap_or(0) as usize;
    let body = rest.get(1..).unwrap_or(&[]);
    let (desc, damage) = body.split_at((n * 4).min(body.len()));
    let refs: Vec<QuestionRef> = desc
        .chunks_exact(4)
        .enumerate()
        .map(|(i, d)| {
            let subject = SUBJECTS[(d[0] % 8) as usize];
            let kind = [
                QuestionKind::Single,
                QuestionKind::Multiple,
                QuestionKind::Matching,
            ][(d[1] % 3) as usize];
            QuestionRef {
                id: format!("q{i}"),
                exam: if d[0] & 0x80 == 0 {
                    Exam::Unt
                } else {
                    Exam::Pbb
                },
                subject: subject.into(),
                topic: format!("{subject}.t{}", d[2] % 4).into(),
                kind,
                context: (d[2] & 0x80 != 0).then(|| format!("{subject}.ctx{}", d[3] % 3).into()),
                group: (d[3] & 0x80 != 0).then(|| format!("g{}", i / 2)),
                // Within the kind's rules (single 2–5, multiple 4–8, matching 2–8), as in
                // content.db: decode refuses any other count.
                options: match kind {
                    QuestionKind::Single => 2 + u32::from(d[3] % 4),
                    QuestionKind::Multiple => 4 + u32::from(d[3] % 5),
                    QuestionKind::Matching => 2 + u32::from(d[3] % 7),
                },
            }
        })
        .collect();
    let built = BankIndex::new(refs);
    let mut bytes = built.encode();
    assert_eq!(
        BankIndex::decode(&bytes).as_ref(),
        Some(&built),
        "round trip"
    );
    for pair in damage.chunks(3) {
        if bytes.is_empty() {
            break;
        }
        match pair {
            [a, b, v] => {
                let at = (usize::from(*a) << 8 | usize::from(*b)) % bytes.len();
                bytes[at] ^= v | 1;
            }
            [cut, ..] => bytes.truncate(bytes.len() - (usize::from(*cut) % bytes.len())),
            [] => {}
        }
    }
    check(&bytes);
});

/// Decodes `bytes`; when accepted, re-encodes, lists the rows and assembles from it.
fn check(bytes: &[u8]) {
    let Some(index) = BankIndex::decode(bytes) else {
        return;
    };
    let again = index.encode();
    assert_eq!(
        BankIndex::decode(&again).as_ref(),
        Some(&index),
        "an accepted index re-encodes to itself"
    );
    let refs = index.refs();
    assert_eq!(refs.len(), index.len());
    let last_seen: HashMap<String, i64> = refs
        .iter()
        .step_by(3)
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i as i64))
        .collect();
    for (id, subjects) in [
        ("unt-2025", &["math", "physics"][..]),
        ("pbb-2024", &["math"][..]),
    ] {
        static EMBEDDED: OnceLock<Vec<Blueprint>> = OnceLock::new();
        let embedded = EMBEDDED.get_or_init(Blueprint::embedded);
        let Some(blueprint) = embedded.iter().find(|b| b.id == id) else {
            continue;
        };
        let chosen: Vec<String> = subjects.iter().map(|s| s.to_string()).collect();
        let Ok(sections) = blueprint.resolve_sections(&chosen) else {
            continue;
        };
        let _ = assemble(&AssemblyInput {
            blueprint,
            sections: &sections,
            exam: blueprint.exam,
            locale: Locale::Kk,
            seed: 7,
            bank: &index,
            last_seen: &last_seen,
        });
    }
}
