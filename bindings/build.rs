//! Link flags for this crate's `cdylib` only (`bench/size-probe` uses this script too).
//!
//! On x86_64 Linux (glibc), relative relocations are packed as RELR (`-z pack-relative-relocs`,
//! ~45 KB less `.rela.dyn`; docs/performance.md, "Library size", step 11): the library then
//! needs glibc >= 2.36 to load (Debian 12, Ubuntu 22.10). Set here rather than in
//! `.cargo/config.toml` so the other binaries of a build (build scripts, tests, the CLI) keep
//! loading on older systems. Android's NDK lld can pack them too (minSdk 30, or 28 with
//! Android's own tags) — for the Android build to set; not verified here.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_ARCH") == "x86_64"
        && var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
    {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,pack-relative-relocs");
    }
}
