//! `cargo xtask <task>`: project automation that needs more than one cargo command.
//!
//! Tasks are added as the issues that need them land; an unknown task is a usage error.

use std::process::ExitCode;

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    match task.as_str() {
        _ => {
            eprintln!(
                "usage: cargo xtask <task>; no tasks are defined yet (unknown task {task:?})"
            );
            ExitCode::from(2)
        }
    }
}
