//! Baseline: SQLCipher through rusqlite (`bundled-sqlcipher-vendored-openssl`), raw key.

const IMPL: &str = "sqlcipher";
const KEYED: bool = true;

include!("../../shared/baseline.rs");
