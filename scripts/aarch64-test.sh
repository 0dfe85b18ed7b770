#!/usr/bin/env bash
# Phones are ARM64: builds the core's tests for aarch64-unknown-linux-gnu and runs them under
# qemu-user (Debian's gcc-aarch64-linux-gnu links and compiles the bundled SQLite), then reports
# the aarch64 library size. The two SIGKILL tests re-run their own binary as the child: without
# binfmt_misc (not registered on these machines) the kernel cannot exec an aarch64 binary, so the
# child runs under the same qemu (QAZSTEP_TEST_RUNNER), with kill moments stretched to qemu's
# speed (QAZSTEP_KILL_WAIT_SCALE) and fewer kills (the full 200 run natively in `cargo xtask test`).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-gcc >/dev/null; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user >/dev/null
fi
# The aarch64 standard library comes from rustup's server (static.rust-lang.org), which is not
# one of the registries a CI machine is promised. When it cannot be fetched, say so with the
# exact error and stop without failing: everything else this script checks needs it.
if ! fetched=$(rustup target add aarch64-unknown-linux-gnu 2>&1); then
  echo "aarch64: SKIPPED — rustup could not fetch the target's standard library:"
  echo "$fetched"
  exit 0
fi
echo "$fetched"
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
export CC_aarch64_unknown_linux_gnu=aarch64-linux-gnu-gcc AR_aarch64_unknown_linux_gnu=aarch64-linux-gnu-ar
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"
export QAZSTEP_TEST_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu"
export QAZSTEP_KILL_WAIT_SCALE="${QAZSTEP_KILL_WAIT_SCALE:-30}"
export QAZSTEP_KILLS="${QAZSTEP_KILLS:-40}" QAZSTEP_ROTATION_KILLS="${QAZSTEP_ROTATION_KILLS:-20}"
CARGO_TARGET_DIR=target/aarch64 cargo test -p qazstep-core --locked \
  --target aarch64-unknown-linux-gnu

cargo xtask size --target aarch64-unknown-linux-gnu
