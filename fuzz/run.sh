#!/usr/bin/env bash
# Builds the fuzz targets on stable Rust and runs each for the given seconds (default 25).
#   fuzz/run.sh [seconds] [target ...]      e.g. fuzz/run.sh 600 pack envelope
# Crashes, out-of-memory, timeouts and leaks land in fuzz/artifacts/<target>/ and fail the run;
# the corpus grows in fuzz/corpus/<target>/ (seeds are copied from the repository's packs and blueprints on first run).
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-25}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(pack blueprint envelope response bank_index)
export RUSTFLAGS="--cfg fuzzing -C passes=sancov-module -C llvm-args=-sanitizer-coverage-level=4 \
 -C llvm-args=-sanitizer-coverage-inline-8bit-counters -C llvm-args=-sanitizer-coverage-pc-table \
 -C llvm-args=-sanitizer-coverage-trace-compares -C debug-assertions -C overflow-checks \
 --cfg poly1305_backend=\"soft\""
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-target}
# An explicit --target keeps RUSTFLAGS (coverage instrumentation) off build scripts and proc-macros.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --locked --bins --target "$host"
mkdir -p corpus/pack corpus/blueprint corpus/envelope corpus/response corpus/bank_index
cp -n ../tests/fixtures/packs/*.json corpus/pack/ 2>/dev/null || true
cp -n ../core/blueprints/*.json corpus/blueprint/ 2>/dev/null || true
printf '\0002' > corpus/response/single; printf '\0011,3' > corpus/response/multi
printf '\002A-1 B-2' > corpus/response/matching
# A 12-question bank (mode byte 1, count, 4 bytes per question) and no damage: the target
# encodes it, so mutations start from a well-formed index.
printf '\001\014\003\000\201\203\003\000\001\002\004\000\202\204\004\001\000\003\003\002\001\205\003\000\000\000\004\001\201\001\004\002\002\206\003\000\003\003\004\000\000\000\004\000\001\001\003\001\202\202\003\002\203\203' > corpus/bank_index/bank12
for t in "${targets[@]}"; do
  mkdir -p "artifacts/$t"
  echo "=== fuzz $t for ${secs}s"
  "$CARGO_TARGET_DIR/$host/release/$t" "corpus/$t" -max_total_time="$secs" -max_len=65536 \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss|==|SUMMARY|.*panicked|Done|.*ERROR)" || true
  # libFuzzer names an artifact by what it found: crash-, oom- (over -rss_limit_mb, 2 GB),
  # timeout- (over -timeout, 1200 s) or leak-; every one of them fails the run.
  found=$(find "artifacts/$t" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'oom-*' \
    -o -name 'timeout-*' -o -name 'leak-*' \) | sort | tr '\n' ' ')
  if [ -n "$found" ]; then
    echo "fuzz $t: FOUND: $found"; exit 1
  fi
done
echo "fuzz: ${#targets[@]} targets, 0 crashes, 0 out-of-memory, 0 timeouts"
