//! `cargo xtask content` (also a step of `cargo xtask test`): the starter content's own checks
//! beyond the format, which the Rust tests (`core/tests/starter_content.rs`) do not cover.
//!
//! - The generated packs are exactly what their generators write (`content/generator/*.py
//!   --out target/content-check`, compared byte for byte): an edit by hand to a generated
//!   pack, or a generator change not re-run, fails here.
//! - Every generated item's key is re-derived independently (`content/audit/check_keys.py`,
//!   sympy, in the tools' venv). The same script fails on a label an author typed in any pack
//!   (a prompt or option starting "A) ", "1) ", "а) ", …; an explanation naming one "A) "): the
//!   shells number prompts and letter options themselves.
//!
//! Invariant: nothing under `content/` is written; the generators write into `target/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{bindings, step};

/// The generators and the packs each one writes (`<locale>/<area>.json`).
const GENERATORS: [(&str, &[&str]); 2] = [
    ("content/generator/gen_math.py", &["math", "math_literacy"]),
    ("content/generator/gen_physics.py", &["physics", "pbb_math"]),
];
const LOCALES: [&str; 2] = ["kk", "ru"];
const OUT: &str = "target/content-check";

/// Runs both checks; `Err` names what differs or failed.
pub fn content() -> Result<(), String> {
    let out = PathBuf::from(OUT);
    if out.exists() {
        std::fs::remove_dir_all(&out).map_err(|e| format!("cannot clear {OUT}: {e}"))?;
    }
    let mut differ = Vec::new();
    for (generator, areas) in GENERATORS {
        step(
            &format!("content: {generator} --out {OUT}"),
            Command::new("python3")
                .arg(generator)
                .arg("--out")
                .arg(&out),
        )?;
        for area in areas {
            for locale in LOCALES {
                let rel = format!("{locale}/{area}.json");
                if !same(&out.join(&rel), &Path::new("content/packs").join(&rel))? {
                    differ.push(format!("content/packs/{rel}"));
                }
            }
        }
    }
    if !differ.is_empty() {
        return Err(format!(
            "generated packs differ from their generators' output: {} (re-run the generator, \
             or change the generator instead of the pack)",
            differ.join(", ")
        ));
    }
    println!("=== content: the 8 generated packs match their generators");
    let python = bindings::python()?;
    step(
        "content: answer keys re-derived, no typed labels (content/audit/check_keys.py)",
        Command::new(python).arg("content/audit/check_keys.py"),
    )
}

/// Whether two files hold the same bytes.
fn same(a: &Path, b: &Path) -> Result<bool, String> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    Ok(read(a)? == read(b)?)
}
