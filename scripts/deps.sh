#!/usr/bin/env bash
# Installs the Debian 12 packages caucus needs to build and test. Idempotent.
set -euo pipefail
PKGS="build-essential cmake ninja-build pkg-config python3 libboost-program-options-dev
      libicu-dev libre2-dev nlohmann-json3-dev libgtest-dev ripgrep
      libpoppler-cpp-dev libzip-dev libpugixml-dev libgumbo-dev
      chromium parallel jq miller wamerican"
# `deps.sh fuzz`: also clang and libFuzzer, for the fuzz targets (tests/fuzz).
if [ "${1:-}" = fuzz ]; then PKGS="$PKGS clang-14 libclang-rt-14-dev"; fi
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
