//! Baseline: plain rusqlite (bundled SQLite), no sealing — the limit.

const IMPL: &str = "plain";
const KEYED: bool = false;

include!("../../shared/baseline.rs");
