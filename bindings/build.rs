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
        // Identical functions folded into one (lld's safe ICF: only functions whose address is
        // never taken): monomorphized copies that compile to the same code.
        println!("cargo:rustc-cdylib-link-arg=-Wl,--icf=safe");
    }
    hide_metadata_in_release();
}

/// In a release build the library exports its functions only, not UniFFI's metadata statics
/// (`UNIFFI_META_*`: ~50 KB of type and doc descriptions that only `uniffi-bindgen` reads);
/// unexported and unreferenced, the linker drops them. Bindings are generated from the debug
/// build (`cargo xtask bindings`), which keeps them; `QAZSTEP_FFI_METADATA=1` keeps them in a
/// release build too (to generate bindings from the shipped library, as some Android builds
/// do). Only where the linker is lld (x86_64 Linux, where rustc links with its own lld, and
/// Android's NDK): GNU ld refuses a second anonymous version script beside rustc's own
/// ("anonymous version tag cannot be combined"), so the aarch64 Linux cross build keeps them.
fn hide_metadata_in_release() {
    println!("cargo:rerun-if-env-changed=QAZSTEP_FFI_METADATA");
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let keep = std::env::var_os("QAZSTEP_FFI_METADATA").is_some_and(|v| v == "1");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let lld = var("CARGO_CFG_TARGET_OS") == "android"
        || (var("CARGO_CFG_TARGET_OS") == "linux"
            && var("CARGO_CFG_TARGET_ARCH") == "x86_64"
            && var("CARGO_CFG_TARGET_ENV") == "gnu");
    if !release || keep || !lld {
        return;
    }
    let Some(out) = std::env::var_os("OUT_DIR") else {
        return;
    };
    let script = std::path::Path::new(&out).join("exports.ver");
    let text = "{\n  global:\n    uniffi_*;\n    ffi_*;\n  local:\n    *;\n};\n";
    if std::fs::write(&script, text).is_ok() {
        println!(
            "cargo:rustc-cdylib-link-arg=-Wl,--version-script={}",
            script.display()
        );
    }
}
