#!/usr/bin/env bash
# macOS only (needs a Swift toolchain): builds the library, generates the Swift bindings and
# runs the XCTest suite of tests/swift against them. CI on Linux cannot run this; it parses
# these files with tree-sitter-swift instead (cargo xtask swift-check).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo xtask bindings
gen=tests/swift/Generated
rm -rf "$gen"
mkdir -p "$gen/QazstepCoreFFI" "$gen/QazstepCore"
cp target/bindings/QazstepCoreFFI.h "$gen/QazstepCoreFFI/"
cp target/bindings/QazstepCoreFFI.modulemap "$gen/QazstepCoreFFI/module.modulemap"
cp target/bindings/QazstepCore.swift "$gen/QazstepCore/"
cd tests/swift
QAZSTEP_ROOT="$(cd ../.. && pwd)" swift test
