#!/usr/bin/env bash
# Builds the fuzz targets on stable Rust and runs each for the given seconds (default 25).
#   fuzz/run.sh [seconds] [target ...]      e.g. fuzz/run.sh 600 pack envelope
# Crashes land in fuzz/artifacts/<target>/; the corpus grows in fuzz/corpus/<target>/ (seeds
# are copied from the repository's packs and blueprints on first run).
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-25}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(pack blueprint envelope response)
export RUSTFLAGS="--cfg fuzzing -C passes=sancov-module -C llvm-args=-sanitizer-coverage-level=4 \
 -C llvm-args=-sanitizer-coverage-inline-8bit-counters -C llvm-args=-sanitizer-coverage-pc-table \
 -C llvm-args=-sanitizer-coverage-trace-compares -C debug-assertions -C overflow-checks \
 --cfg poly1305_backend=\"soft\""
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-target}
# An explicit --target keeps RUSTFLAGS (coverage instrumentation) off build scripts and proc-macros.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --locked --bins --target "$host"
mkdir -p corpus/pack corpus/blueprint corpus/envelope corpus/response
cp -n ../tests/fixtures/packs/*.json corpus/pack/ 2>/dev/null || true
cp -n ../core/blueprints/*.json corpus/blueprint/ 2>/dev/null || true
printf '\0002' > corpus/response/single; printf '\0011,3' > corpus/response/multi
printf '\002A-1 B-2' > corpus/response/matching
for t in "${targets[@]}"; do
  mkdir -p "artifacts/$t"
  echo "=== fuzz $t for ${secs}s"
  "$CARGO_TARGET_DIR/$host/release/$t" "corpus/$t" -max_total_time="$secs" -max_len=65536 \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss|==|SUMMARY|.*panicked|Done)" || true
  if ls "artifacts/$t"/crash-* >/dev/null 2>&1; then
    echo "fuzz $t: CRASH found: $(ls artifacts/$t/crash-*)"; exit 1
  fi
done
echo "fuzz: ${#targets[@]} targets, 0 crashes"
