//! `cargo xtask size [--target <triple>] [--limit <bytes>]`: builds the release cdylib of the
//! bindings crate (`qazstep-ffi`; release profile = the size profile: opt-level "s", fat LTO,
//! one codegen unit, `panic = "unwind"`, stripped) and reports its stripped and gzipped size.
//!
//! Invariant: fails (non-zero exit) when the stripped x86_64 library is above the limit
//! (default 1.6 MB = 1,600,000 bytes, the CI gate); other targets are reported, not gated,
//! unless `--limit` is given.
//!
//! Also builds `bench/size-probe`, a cdylib that calls every facade entry point without UniFFI,
//! and reports it beside (not gated): the difference is what the FFI layer costs.
//!
//! Built with `-p qazstep-ffi` only, never from a workspace build (feature unification would
//! change what is measured), in its own target dir so it does not thrash the dev build.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::{cargo, step};

/// The CI gate for x86_64, in bytes (SQLCipher's library would be about 6 MB).
pub const X86_64_LIMIT: u64 = 1_600_000;

fn gzip_len(bytes: &[u8]) -> Result<u64, String> {
    let mut child = Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gzip: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("gzip: no stdin")?;
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().map_err(|e| format!("gzip: {e}"))?;
    writer
        .join()
        .map_err(|_| "gzip writer panicked".to_string())?
        .map_err(|e| format!("gzip: {e}"))?;
    Ok(out.stdout.len() as u64)
}

/// Strips a copy of `lib`, prints its sizes and returns the stripped size.
fn measure(lib: &std::path::Path, target: Option<&str>, triple: &str) -> Result<u64, String> {
    let built = std::fs::metadata(lib)
        .map_err(|e| format!("{}: {e}", lib.display()))?
        .len();
    // The release profile strips already; strip a copy again to be sure what is measured.
    let stripped = lib.with_extension("stripped.so");
    let strip = match target {
        Some(t) if t.starts_with("aarch64") => "aarch64-linux-gnu-strip",
        _ => "strip",
    };
    let status = Command::new(strip)
        .args(["--strip-all", "-o"])
        .arg(&stripped)
        .arg(lib)
        .status()
        .map_err(|e| format!("{strip}: {e}"))?;
    if !status.success() {
        return Err(format!("{strip} failed ({status})"));
    }
    let bytes = std::fs::read(&stripped).map_err(|e| e.to_string())?;
    let gz = gzip_len(&bytes)?;
    let name = lib
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    println!(
        "size {triple}: {name} built {built} B, stripped {} B ({:.2} MB), gzip -9 {gz} B ({:.2} MB)",
        bytes.len(),
        bytes.len() as f64 / 1e6,
        gz as f64 / 1e6
    );
    Ok(bytes.len() as u64)
}

pub fn size(args: &[String]) -> Result<(), String> {
    let mut target: Option<String> = None;
    let mut limit: Option<u64> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--target" => target = Some(it.next().cloned().ok_or("--target needs a triple")?),
            "--limit" => {
                limit = Some(
                    it.next()
                        .and_then(|v| v.parse().ok())
                        .ok_or("--limit needs a byte count")?,
                );
            }
            other => return Err(format!("size: unknown argument {other}")),
        }
    }
    let host_x86 = cfg!(target_arch = "x86_64") && cfg!(target_os = "linux");
    let is_x86 = target
        .as_deref()
        .map_or(host_x86, |t| t.starts_with("x86_64-unknown-linux"));
    let limit = limit.or(is_x86.then_some(X86_64_LIMIT));
    let target_dir = PathBuf::from("target/size");
    let mut cmd = cargo();
    cmd.args([
        "build",
        "--release",
        "--locked",
        "-p",
        "qazstep-ffi",
        "--lib",
    ])
    .env("CARGO_TARGET_DIR", &target_dir);
    if let Some(t) = &target {
        cmd.args(["--target", t]);
    }
    step("release build of the cdylib (size profile)", &mut cmd)?;
    let lib = match &target {
        Some(t) => target_dir.join(t).join("release/libqazstep_ffi.so"),
        None => target_dir.join("release/libqazstep_ffi.so"),
    };
    let triple = target.clone().unwrap_or_else(|| "host".into());
    let stripped = measure(&lib, target.as_deref(), &triple)?;
    let mut probe = cargo();
    probe
        .args([
            "build",
            "--release",
            "--manifest-path",
            "bench/size-probe/Cargo.toml",
        ])
        .env("CARGO_TARGET_DIR", &target_dir);
    if let Some(t) = &target {
        probe.args(["--target", t]);
    }
    step("release build of the whole-core probe cdylib", &mut probe)?;
    let probe_lib = lib.with_file_name("libqazstep_size_probe.so");
    let probe_size = measure(&probe_lib, target.as_deref(), &triple)?;
    if limit.is_some_and(|l| probe_size > l) {
        println!(
            "size {triple}: NOTE even the core without the UniFFI layer ({probe_size} B) is above \
             the {} B limit",
            limit.unwrap_or_default()
        );
    }
    match limit {
        Some(l) if stripped > l => Err(format!(
            "stripped library is {stripped} B, above the limit of {l} B"
        )),
        Some(l) => {
            println!("size {triple}: within the limit of {l} B");
            Ok(())
        }
        None => Ok(()),
    }
}
