//! Empty: the baseline lives in benches/baseline.rs.
