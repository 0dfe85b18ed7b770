//! `cargo xtask <task>`: project automation that needs more than one cargo command.
//!
//! - `test`: everything CI checks — formatting, clippy with `-D warnings`, every Rust test of
//!   the workspace, the starter content's checks, then the bindings (generation, Kotlin suite,
//!   Swift/C checks). This is the README's test command.
//! - `content`: the generated starter packs match their generators, and every generated key is
//!   re-derived; see [`content`].
//! - `bindings`, `kotlin-test`, `swift-check`, `bindings-test`: see [`bindings`].
//! - `bench`: the benchmarks beside their baselines, writing `docs/performance.md`; see [`bench`].
//! - `kotlin-bench`: benchmark 6 alone (Kotlin → `answer` on the JVM, release library), rows
//!   printed and written to `target/bench/kotlin.tsv`; the document is not touched.
//! - `patch-kotlin <file>`: applies the Kotlin patches of [`kotlin_patch`] to a file that
//!   uniffi-bindgen generated elsewhere (an app build); `bindings` applies them itself.
//! - `size`: the release library's stripped and gzipped size, gated; see [`size`].
//!
//! Invariant: a task fails (non-zero exit) as soon as one of its steps fails, naming the step.

mod bench;
mod bindings;
mod content;
mod kotlin_patch;
mod size;

use std::process::{Command, ExitCode};
use std::time::Instant;

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Runs one step, printing its name and duration; `Err` names the failed step.
fn step(name: &str, cmd: &mut Command) -> Result<(), String> {
    println!("=== {name}");
    let start = Instant::now();
    let status = cmd
        .status()
        .map_err(|e| format!("{name}: cannot start: {e}"))?;
    println!(
        "=== {name}: {} in {:.1} s",
        if status.success() { "ok" } else { "FAILED" },
        start.elapsed().as_secs_f64()
    );
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed ({status})"))
    }
}

fn test() -> Result<(), String> {
    step("rustfmt", cargo().args(["fmt", "--all", "--check"]))?;
    step(
        "clippy",
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "rust tests",
        cargo().args(["test", "--workspace", "--locked"]),
    )?;
    content::content()?;
    bindings::bindings_test()?;
    Ok(())
}

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "test" => test(),
        "content" => content::content(),
        "bindings" => bindings::bindings(),
        "kotlin-test" => bindings::kotlin_test(),
        "swift-check" => bindings::swift_check(),
        "bindings-test" => bindings::bindings_test(),
        "kotlin-bench" => {
            let report = std::path::Path::new("target/bench/kotlin.tsv");
            let _ = std::fs::remove_file(report);
            std::fs::create_dir_all("target/bench")
                .map_err(|e| format!("cannot create target/bench: {e}"))
                .and_then(|()| bindings::kotlin_bench(report))
        }
        "patch-kotlin" => match std::env::args().nth(2) {
            Some(file) => bindings::patch_kotlin(std::path::Path::new(&file)),
            None => Err("usage: cargo xtask patch-kotlin <generated .kt file>".into()),
        },
        "bench" => bench::bench(&std::env::args().skip(2).collect::<Vec<_>>()),
        "size" => size::size(&std::env::args().skip(2).collect::<Vec<_>>()),
        _ => {
            eprintln!(
                "usage: cargo xtask test|content|bindings|patch-kotlin|kotlin-test|swift-check|bindings-test|bench|kotlin-bench|size"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
