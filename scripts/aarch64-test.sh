#!/usr/bin/env bash
# Phones are ARM64: builds the core's tests for aarch64-unknown-linux-gnu and runs them under
# qemu-user (Debian's gcc-aarch64-linux-gnu links and compiles the bundled SQLite), then reports
# the aarch64 library size. The two SIGKILL tests re-run their own binary as the child, which
# needs binfmt_misc (not registered on these machines), so they are skipped under qemu; they run
# natively in `cargo xtask test`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user >/dev/null
fi
rustup target add aarch64-unknown-linux-gnu
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc AR_aarch64_unknown_linux_gnu=aarch64-linux-gnu-ar
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"
CARGO_TARGET_DIR=target/aarch64 cargo test -p qazstep-core --locked \
  --target aarch64-unknown-linux-gnu -- --skip killed_

cargo xtask size --target aarch64-unknown-linux-gnu
