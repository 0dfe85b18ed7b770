#!/usr/bin/env bash
# Installs the tools the binding tests need, idempotently (each one is skipped when present):
#   - JNA from Debian (`libjna-java`: /usr/share/java/jna.jar, plus libjnidispatch from libjna-jni)
#   - kotlinc from the npm package `kotlin-compiler` (JetBrains), unpacked into the tools dir
#   - tree-sitter + tree-sitter-swift from PyPI, in a venv in the tools dir (Swift syntax check),
#     and sympy in the same venv (content/audit/check_keys.py re-derives the starter packs' keys)
# Tools dir: $QAZSTEP_TOOLS_DIR, default $HOME/.cache/qazstep-ci (outside the clone, so it
# survives between CI runs on one machine). Versions are pinned here and in xtask/src/bindings.rs.
set -euo pipefail

KOTLIN_VERSION=2.4.20
TREE_SITTER_VERSION=0.26.1
TREE_SITTER_SWIFT_VERSION=0.7.4
SYMPY_VERSION=1.14.0
TOOLS_DIR=${QAZSTEP_TOOLS_DIR:-$HOME/.cache/qazstep-ci}

if [ ! -f /usr/share/java/jna.jar ]; then
  echo "install-ffi-tools: JNA (apt libjna-java)"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    libjna-java libjna-jni >/dev/null
fi

KOTLIN_HOME="$TOOLS_DIR/kotlinc-$KOTLIN_VERSION"
if [ ! -x "$KOTLIN_HOME/bin/kotlinc" ]; then
  echo "install-ffi-tools: kotlinc $KOTLIN_VERSION (npm kotlin-compiler)"
  rm -rf "$KOTLIN_HOME"
  mkdir -p "$TOOLS_DIR/dl" "$KOTLIN_HOME"
  tgz=$(cd "$TOOLS_DIR/dl" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" 2>/dev/null | tail -n 1)
  tar xzf "$TOOLS_DIR/dl/$tgz" -C "$KOTLIN_HOME" --strip-components=1
  rm -f "$TOOLS_DIR/dl/$tgz"
fi

VENV="$TOOLS_DIR/venv"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import tree_sitter, tree_sitter_swift, sympy' 2>/dev/null; then
  echo "install-ffi-tools: tree-sitter $TREE_SITTER_VERSION + tree-sitter-swift $TREE_SITTER_SWIFT_VERSION + sympy $SYMPY_VERSION (PyPI)"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check \
    "tree-sitter==$TREE_SITTER_VERSION" "tree-sitter-swift==$TREE_SITTER_SWIFT_VERSION" \
    "sympy==$SYMPY_VERSION"
fi

echo "install-ffi-tools: ok (JNA /usr/share/java/jna.jar, kotlinc $KOTLIN_HOME, venv $VENV)"
