//! Bindings tasks: generation (library mode), the Kotlin suite on the JVM, the Swift-side
//! checks that can run without a Swift compiler.
//!
//! - `bindings`: `cargo build --workspace`, then uniffi-bindgen (the workspace's own binary) in
//!   library mode on the unstripped debug library → `target/bindings/` (Kotlin + Swift + C
//!   header + modulemap), then the Kotlin patches of [`crate::kotlin_patch`] (JNA allocations
//!   per call). Generated code is never committed.
//! - `kotlin-test`: compiles the generated Kotlin and `tests/kotlin/*.kt` with one kotlinc call,
//!   runs the suite on the JVM (JNA) against `target/debug/libqazstep_ffi.so`, and requires its
//!   closing line `kotlin: N passed, 0 failed`. The suite replays the event scripts of
//!   `tests/app` through the bindings (the Kotlin shell) and through `target/debug/qazstep app`
//!   (the terminal shell, built here with the workspace) and compares the screens; both shells'
//!   screens are left in `target/kotlin/app/` for inspection.
//! - `swift-check`: tree-sitter parse of the generated Swift and `tests/swift/**/*.swift`; the C
//!   header compiles; `tests/c/smoke.c` links against the library and calls it; every function
//!   the header declares is exported by the library.
//! - `bindings-test`: the three above, in order (run by `cargo xtask test`).
//!
//! Invariants: the library is always built with the same invocation (`cargo build --workspace
//! --locked`) so cargo never rebuilds it for a different feature set; a missing tool is
//! installed with `scripts/install-ffi-tools.sh` and, if still missing, the task fails naming
//! that command — it never skips.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{cargo, step};

/// Pinned like `scripts/install-ffi-tools.sh`.
const KOTLIN_VERSION: &str = "2.4.20";
const INSTALL: &str = "scripts/install-ffi-tools.sh";
const LIB_NAME: &str = "qazstep_ffi";
const KOTLIN_MAIN: &str = "kz.qazstep.coretest.QazstepTestKt";

/// The repository root (xtask lives in `<root>/xtask`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

fn library(profile: &str) -> PathBuf {
    target_dir().join(profile).join(format!(
        "{}{LIB_NAME}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ))
}

fn generated() -> PathBuf {
    target_dir().join("bindings")
}

fn cmd(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root());
    c
}

/// The tools the binding tests need, found on this machine.
struct Tools {
    kotlinc: PathBuf,
    kotlin_lib: PathBuf,
    jna: PathBuf,
    python: PathBuf,
}

fn tools_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("QAZSTEP_TOOLS_DIR") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("."), PathBuf::from);
    home.join(".cache/qazstep-ci")
}

/// The tools' Python (a venv with tree-sitter and sympy), installed once when missing.
pub fn python() -> Result<PathBuf, String> {
    let python = Tools::ensure()?.python;
    // A venv made before sympy joined the tools: the script adds it (it checks every import).
    let has_sympy = Command::new(&python)
        .args(["-c", "import sympy"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_sympy {
        step("install sympy", cmd("bash").arg(INSTALL))?;
    }
    Ok(python)
}

impl Tools {
    /// Locates the tools; `Err` lists what is missing.
    fn find() -> Result<Tools, Vec<String>> {
        let kotlin_home = std::env::var_os("KOTLIN_HOME").map_or_else(
            || tools_dir().join(format!("kotlinc-{KOTLIN_VERSION}")),
            PathBuf::from,
        );
        let tools = Tools {
            kotlinc: kotlin_home.join("bin/kotlinc"),
            kotlin_lib: kotlin_home.join("lib"),
            jna: std::env::var_os("QAZSTEP_JNA_JAR")
                .map_or_else(|| PathBuf::from("/usr/share/java/jna.jar"), PathBuf::from),
            python: tools_dir().join("venv/bin/python"),
        };
        let mut missing = Vec::new();
        for (what, path) in [
            ("kotlinc", &tools.kotlinc),
            ("kotlin-stdlib", &tools.kotlin_lib.join("kotlin-stdlib.jar")),
            ("kotlin-test", &tools.kotlin_lib.join("kotlin-test.jar")),
            ("JNA", &tools.jna),
            ("Python venv (tree-sitter, sympy)", &tools.python),
        ] {
            if !path.exists() {
                missing.push(format!("{what} ({})", path.display()));
            }
        }
        for (what, program) in [("java", "java"), ("gcc", "gcc"), ("nm", "nm")] {
            let found = Command::new(program)
                .arg("--version")
                .output()
                .or_else(|_| Command::new(program).arg("-version").output())
                .is_ok();
            if !found {
                missing.push(format!("{what} (not on PATH)"));
            }
        }
        if missing.is_empty() {
            Ok(tools)
        } else {
            Err(missing)
        }
    }

    /// Finds the tools, installing them once when something is missing.
    fn ensure() -> Result<Tools, String> {
        match Tools::find() {
            Ok(t) => return Ok(t),
            Err(missing) => println!(
                "=== binding tools missing ({}); installing with {INSTALL}",
                missing.join(", ")
            ),
        }
        step("install binding tools", cmd("bash").arg(INSTALL)).map_err(|e| {
            format!("{e}; install the tools with `bash {INSTALL}` (needs apt, npm, python3)")
        })?;
        Tools::find().map_err(|missing| {
            format!(
                "binding tools still missing after `bash {INSTALL}`: {}",
                missing.join(", ")
            )
        })
    }
}

/// Builds the workspace and generates Kotlin and Swift in library mode.
pub fn bindings() -> Result<(), String> {
    step(
        "cargo build --workspace",
        cargo()
            .current_dir(root())
            .args(["build", "--workspace", "--locked"]),
    )?;
    let out = generated();
    if out.exists() {
        std::fs::remove_dir_all(&out)
            .map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    let bindgen = target_dir()
        .join("debug")
        .join(format!("uniffi-bindgen{}", std::env::consts::EXE_SUFFIX));
    step(
        "generate Kotlin + Swift (library mode)",
        cmd(&bindgen)
            .arg("generate")
            .arg(library("debug"))
            .args(["--language", "kotlin", "--language", "swift", "--no-format"])
            .arg("--out-dir")
            .arg(&out),
    )?;
    patch_kotlin(&out.join("kz/qazstep/core/qazstep_ffi.kt"))?;
    for f in [
        "kz/qazstep/core/qazstep_ffi.kt",
        "QazstepCore.swift",
        "QazstepCoreFFI.h",
        "QazstepCoreFFI.modulemap",
    ] {
        if !out.join(f).is_file() {
            return Err(format!("bindgen did not write {}", out.join(f).display()));
        }
    }
    println!("=== bindings in {}", out.display());
    Ok(())
}

/// Applies `kotlin_patch` (the per-call allocation fixes) to the generated Kotlin file.
pub fn patch_kotlin(file: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let (patched, applied) = crate::kotlin_patch::patch(&text)?;
    std::fs::write(file, patched).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    println!(
        "=== Kotlin patches: {}",
        if applied.is_empty() {
            "none".to_string()
        } else {
            applied.join(", ")
        }
    );
    Ok(())
}

fn files_with_extension(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // Copies of generated code (tests/swift/run.sh) and build output are not sources.
            if !p.ends_with("Generated") && !p.ends_with(".build") {
                files_with_extension(&p, ext, out);
            }
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

fn classpath(parts: &[&Path]) -> String {
    parts
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(":")
}

/// A fingerprint of the Kotlin inputs: every source's path and content, and the compiler.
fn fingerprint(sources: &[PathBuf], kotlinc: &Path) -> Result<String, String> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    kotlinc.hash(&mut h);
    KOTLIN_VERSION.hash(&mut h);
    for p in sources {
        p.hash(&mut h);
        std::fs::read(p)
            .map_err(|e| format!("cannot read {}: {e}", p.display()))?
            .hash(&mut h);
    }
    Ok(format!("{:016x} {} files\n", h.finish(), sources.len()))
}

/// The exported functions, methods and constructors (from the header's symbol names), as
/// lowerCamelCase foreign names: `uniffi_qazstep_ffi_fn_method_qazstepcore_start_exam` →
/// `startExam`.
fn exported_names(header: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(header)
        .map_err(|e| format!("cannot read {}: {e}", header.display()))?;
    let mut names = std::collections::BTreeSet::new();
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        let Some(rest) = word.strip_prefix("uniffi_qazstep_ffi_fn_") else {
            continue;
        };
        let snake = if let Some(f) = rest.strip_prefix("func_") {
            f
        } else if let Some((_, m)) = rest
            .strip_prefix("method_")
            .or_else(|| rest.strip_prefix("constructor_"))
            .and_then(|r| r.split_once('_'))
        {
            m
        } else {
            continue; // clone_* / free_* / init_callback_*: plumbing, not API
        };
        let mut camel = String::new();
        let mut upper = false;
        for c in snake.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                camel.push(c.to_ascii_uppercase());
                upper = false;
            } else {
                camel.push(c);
            }
        }
        names.insert(camel);
    }
    Ok(names.into_iter().collect())
}

/// Fails unless every exported name is called (`name(`) somewhere in `sources`.
fn surface_covered(suite: &str, sources: &[PathBuf]) -> Result<(), String> {
    let names = exported_names(&generated().join("QazstepCoreFFI.h"))?;
    let mut text = String::new();
    for p in sources {
        text.push_str(
            &std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?,
        );
    }
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !text.contains(&format!("{n}(")))
        .collect();
    println!(
        "=== {suite}: {} of {} exported functions and methods used",
        names.len() - missing.len(),
        names.len()
    );
    if names.is_empty() || !missing.is_empty() {
        return Err(format!("{suite} never calls: {missing:?}"));
    }
    Ok(())
}

/// Compiles and runs the Kotlin suite (bindings must be generated).
pub fn kotlin_test() -> Result<(), String> {
    let tools = Tools::ensure()?;
    let mut sources = Vec::new();
    files_with_extension(&generated(), "kt", &mut sources);
    if sources.is_empty() {
        return Err("no generated Kotlin: run `cargo xtask bindings` first".into());
    }
    let first_test = sources.len();
    files_with_extension(&root().join("tests/kotlin"), "kt", &mut sources);
    if sources.len() == first_test {
        return Err("no Kotlin tests in tests/kotlin".into());
    }
    surface_covered("Kotlin suite", &sources[first_test..])?;
    let jar = target_dir().join("kotlin/qazstep-tests.jar");
    let kotlin_test_jar = tools.kotlin_lib.join("kotlin-test.jar");
    let stdlib = tools.kotlin_lib.join("kotlin-stdlib.jar");
    compile_jar(
        &tools,
        "kotlinc (generated bindings + tests/kotlin)",
        &sources,
        &[&tools.jna, &kotlin_test_jar],
        &jar,
    )?;
    // The terminal shell the app scripts are compared with; the same invocation as `bindings`,
    // so this is a no-op after it.
    step(
        "cargo build --workspace (the qazstep binary for the app scripts)",
        cargo()
            .current_dir(root())
            .args(["build", "--workspace", "--locked"]),
    )?;
    let cli = target_dir()
        .join("debug")
        .join(format!("qazstep{}", std::env::consts::EXE_SUFFIX));
    println!("=== Kotlin suite on the JVM");
    let start = Instant::now();
    let lib_dir = library("debug")
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let output = cmd("java")
        .arg(format!("-Djna.library.path={}", lib_dir.display()))
        .arg(format!("-Dqazstep.root={}", root().display()))
        .arg(format!("-Dqazstep.cli={}", cli.display()))
        .arg(format!(
            "-Dqazstep.out={}",
            target_dir().join("kotlin/app").display()
        ))
        .arg("-cp")
        .arg(classpath(&[&jar, &tools.jna, &stdlib, &kotlin_test_jar]))
        .arg(KOTLIN_MAIN)
        .output()
        .map_err(|e| format!("cannot start java: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    let summary = stdout.lines().last().unwrap_or_default();
    let ok = output.status.success()
        && summary.starts_with("kotlin: ")
        && summary.ends_with(" passed, 0 failed");
    println!(
        "=== Kotlin suite on the JVM: {} in {:.1} s",
        if ok { "ok" } else { "FAILED" },
        start.elapsed().as_secs_f64()
    );
    if ok {
        Ok(())
    } else {
        Err(format!(
            "Kotlin suite failed ({}; last line: {summary:?})",
            output.status
        ))
    }
}

/// Compiles `sources` into `jar` with one kotlinc call, unless the jar was built from the same
/// sources by the same compiler (kotlinc has no incremental mode here and costs ~20 s).
fn compile_jar(
    tools: &Tools,
    what: &str,
    sources: &[PathBuf],
    classpath_parts: &[&Path],
    jar: &Path,
) -> Result<(), String> {
    if let Some(dir) = jar.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let stamp = jar.with_extension("inputs");
    let fingerprint = fingerprint(sources, &tools.kotlinc)?;
    if jar.is_file() && std::fs::read_to_string(&stamp).ok() == Some(fingerprint.clone()) {
        println!("=== kotlinc: sources unchanged, reusing {}", jar.display());
        return Ok(());
    }
    let _ = std::fs::remove_file(&stamp);
    step(
        what,
        cmd(&tools.kotlinc)
            // Replaces kotlinc's default -Xmx512M; C1 only: ~40 % faster for one compile.
            .env("JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=1")
            .args(["-nowarn", "-cp"])
            .arg(classpath(classpath_parts))
            .arg("-d")
            .arg(jar)
            .args(sources),
    )?;
    std::fs::write(&stamp, &fingerprint)
        .map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

/// Benchmark 6: `bench/kotlin/AnswerBench.kt` (`answer`, `dispatch(Answer)` and an empty call
/// from Kotlin) on the JVM against the release library (built here with `-p qazstep-ffi`),
/// appending its rows (`kotlin` impl) to `report`. Generates the bindings first when they are
/// missing.
pub fn kotlin_bench(report: &Path) -> Result<(), String> {
    let tools = Tools::ensure()?;
    if !generated().join("kz/qazstep/core/qazstep_ffi.kt").is_file() {
        bindings()?;
    }
    step(
        "cargo build --release -p qazstep-ffi",
        cargo()
            .current_dir(root())
            .args(["build", "--release", "--locked", "-p", "qazstep-ffi"]),
    )?;
    let mut sources = Vec::new();
    files_with_extension(&generated(), "kt", &mut sources);
    for f in [
        "tests/kotlin/Json.kt",
        "tests/kotlin/SyntheticPack.kt",
        "tests/kotlin/TestKeyProviders.kt",
        "bench/kotlin/AnswerBench.kt",
    ] {
        sources.push(root().join(f));
    }
    let jar = target_dir().join("kotlin/qazstep-bench.jar");
    compile_jar(
        &tools,
        "kotlinc (generated bindings + bench/kotlin)",
        &sources,
        &[&tools.jna],
        &jar,
    )?;
    let lib_dir = library("release")
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    step(
        "Kotlin → answer, dispatch(Answer) (JVM, release library)",
        cmd("java")
            .arg(format!("-Djna.library.path={}", lib_dir.display()))
            .arg("-cp")
            .arg(classpath(&[
                &jar,
                &tools.jna,
                &tools.kotlin_lib.join("kotlin-stdlib.jar"),
            ]))
            .arg("kz.qazstep.bench.AnswerBenchKt")
            .arg(report),
    )
}

/// What can be checked of the Swift side without a Swift compiler.
pub fn swift_check() -> Result<(), String> {
    let tools = Tools::ensure()?;
    let out = generated();
    let mut swift = vec![out.join("QazstepCore.swift")];
    files_with_extension(&root().join("tests/swift"), "swift", &mut swift);
    surface_covered("Swift smoke tests", &swift[1..])?;
    step(
        "Swift syntax (tree-sitter-swift): generated + tests/swift",
        cmd(&tools.python)
            .arg("scripts/swift_syntax_check.py")
            .args(&swift),
    )?;
    let c_dir = target_dir().join("c");
    std::fs::create_dir_all(&c_dir)
        .map_err(|e| format!("cannot create {}: {e}", c_dir.display()))?;
    let lib = library("debug");
    let lib_dir = lib
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    // The header uses clang's nullability qualifiers; gcc does not know them.
    let gcc_flags = [
        "-std=c11",
        "-Wall",
        "-Wextra",
        "-D_Nonnull=",
        "-D_Nullable=",
    ];
    step(
        "C header compiles on its own (gcc -Wpedantic -Werror)",
        cmd("gcc")
            .args(gcc_flags)
            .args(["-Wpedantic", "-Werror", "-fsyntax-only", "-include"])
            .arg(out.join("QazstepCoreFFI.h"))
            .args(["-x", "c", "/dev/null"]),
    )?;
    let smoke = c_dir.join("smoke");
    step(
        "C smoke program links against the library",
        cmd("gcc")
            .args(gcc_flags)
            .arg("-Werror")
            .arg("-I")
            .arg(&out)
            .arg("tests/c/smoke.c")
            .arg(format!("-L{}", lib_dir.display()))
            .arg(format!("-l{LIB_NAME}"))
            .arg(format!("-Wl,-rpath,{}", lib_dir.display()))
            .arg("-o")
            .arg(&smoke),
    )?;
    step("C smoke program calls the library", &mut cmd(&smoke))?;
    exported_symbols_match(&out.join("QazstepCoreFFI.h"), &lib)
}

/// Every function the header declares is exported by the library.
fn exported_symbols_match(header: &Path, lib: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(header)
        .map_err(|e| format!("cannot read {}: {e}", header.display()))?;
    let declared: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with("uniffi_qazstep_ffi_") || w.starts_with("ffi_qazstep_ffi_"))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let nm = cmd("nm")
        .args(["-D", "--defined-only"])
        .arg(lib)
        .output()
        .map_err(|e| format!("cannot run nm: {e}"))?;
    let exported: std::collections::HashSet<&str> = std::str::from_utf8(&nm.stdout)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_whitespace().last())
        .collect();
    let missing: Vec<&&str> = declared
        .iter()
        .filter(|d| !exported.contains(**d))
        .collect();
    println!(
        "=== header vs library: {} functions declared, {} missing",
        declared.len(),
        missing.len()
    );
    if declared.is_empty() || !missing.is_empty() {
        return Err(format!(
            "functions declared in the header but not exported: {missing:?}"
        ));
    }
    Ok(())
}

/// Generation, the Kotlin suite and the Swift-side checks.
pub fn bindings_test() -> Result<(), String> {
    bindings()?;
    kotlin_test()?;
    swift_check()
}
