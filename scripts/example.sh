#!/usr/bin/env bash
# Quick start (1): install dependencies, build, and run the main job on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target caucus >/dev/null
./build/caucus segment examples/wtpf-2013.txt | ./build/caucus entities | ./build/caucus stances
