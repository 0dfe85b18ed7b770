#!/usr/bin/env bash
# Micro-benchmarks of Kotlin → Rust calls through UniFFI + JNA (README.md beside this script).
#
# Usage, from the repository root:
#   bench/kotlin/ffiperf/run.sh [variant ...]     variants: none slab status all (default: none all)
# Runs CrossingBench (single JNA crossings against xbench.c) once, then UniffiBench and
# AnswerBench (benchmark 6) once per variant of the generated Kotlin, alternating the variants
# FFIPERF_ROUNDS times (default 1).
#
# Needs: the debug library and uniffi-bindgen (`cargo xtask bindings`), the release library
# (`cargo build --release --locked -p qazstep-ffi`), the binding tools
# (scripts/install-ffi-tools.sh), gcc. Environment: QAZSTEP_JNA_JAR (default Debian's
# /usr/share/java/jna.jar), QAZSTEP_TOOLS_DIR, KOTLIN_HOME, CARGO_TARGET_DIR, FFIPERF_CALLS
# (default 20000), FFIPERF_ATTEMPTS (default 30), FFIPERF_JAVA_OPTS (extra JVM flags).
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
here=$root/bench/kotlin/ffiperf
target=${CARGO_TARGET_DIR:-$root/target}
tools=${QAZSTEP_TOOLS_DIR:-$HOME/.cache/qazstep-ci}
kotlin=${KOTLIN_HOME:-$tools/kotlinc-2.4.20}
jna=${QAZSTEP_JNA_JAR:-/usr/share/java/jna.jar}
calls=${FFIPERF_CALLS:-20000}
attempts=${FFIPERF_ATTEMPTS:-30}
rounds=${FFIPERF_ROUNDS:-1}
read -r -a java_opts <<<"${FFIPERF_JAVA_OPTS:-}"
if [ $# -eq 0 ]; then set -- none all; fi
out=$target/ffiperf
mkdir -p "$out"

for f in "$target/debug/libqazstep_ffi.so" "$target/debug/uniffi-bindgen" \
  "$target/release/libqazstep_ffi.so" "$kotlin/bin/kotlinc" "$jna"; do
  [ -e "$f" ] || { echo "ffiperf: missing $f (see the header of $0)" >&2; exit 1; }
done

kotlinc() { JAVA_OPTS="-Xmx1g -XX:TieredStopAtLevel=1" "$kotlin/bin/kotlinc" -nowarn "$@"; }
stdlib=$kotlin/lib/kotlin-stdlib.jar

echo "=== ffiperf: C stand-in library and CrossingBench"
gcc -O2 -shared -fPIC -o "$out/libxbench.so" "$here/xbench.c"
kotlinc -cp "$jna" "$here/CrossingBench.kt" "$here/Stats.kt" -d "$out/crossing.jar"

echo "=== ffiperf: bindings (uniffi-bindgen, unpatched) and variants"
rm -rf "$out/gen"
(cd "$root" && "$target/debug/uniffi-bindgen" generate "$target/debug/libqazstep_ffi.so" \
  --language kotlin --no-format --out-dir "$out/gen")
generated=$out/gen/kz/qazstep/core/qazstep_ffi.kt
helpers=("$root/tests/kotlin/Json.kt" "$root/tests/kotlin/SyntheticPack.kt" "$root/tests/kotlin/TestKeyProviders.kt")
for v in $(printf '%s\n' none "$@" | sort -u); do
  mkdir -p "$out/variant-$v"
  cp "$generated" "$out/variant-$v/qazstep_ffi.kt"
  (cd "$root" && QAZSTEP_KOTLIN_PATCHES=$v cargo xtask patch-kotlin "$out/variant-$v/qazstep_ffi.kt")
  kotlinc -cp "$jna" "$out/variant-$v/qazstep_ffi.kt" "${helpers[@]}" -d "$out/bindings-$v.jar"
done
# The benchmarks use the bindings' internals (UniffiLib, RustBuffer): compiled as their friend.
kotlinc -Xfriend-paths="$out/bindings-none.jar" -cp "$jna:$out/bindings-none.jar" \
  "$root/bench/kotlin/AnswerBench.kt" "$here/UniffiBench.kt" "$here/Stats.kt" -d "$out/bench.jar"

echo "=== ffiperf: CrossingBench (JNA $jna)"
java "${java_opts[@]}" -Djna.library.path="$out" -cp "$out/crossing.jar:$jna:$stdlib" \
  kz.qazstep.bench.ffiperf.CrossingBenchKt 100000
for r in $(seq "$rounds"); do
  for v in "$@"; do
    cp="$out/bench.jar:$out/bindings-$v.jar:$jna:$stdlib"
    echo "=== ffiperf round $r, variant $v: UniffiBench"
    java "${java_opts[@]}" -Djna.library.path="$target/release" -cp "$cp" \
      kz.qazstep.bench.ffiperf.UniffiBenchKt "$calls" "$attempts"
    echo "=== ffiperf round $r, variant $v: AnswerBench (benchmark 6)"
    rm -f "$out/answer-$v.tsv"
    java "${java_opts[@]}" -Djna.library.path="$target/release" -cp "$cp" \
      kz.qazstep.bench.AnswerBenchKt "$out/answer-$v.tsv"
  done
done
