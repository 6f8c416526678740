#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds and runs the C floor of the full x86 state read (3 x KVM_GET_IRQCHIP + N x KVM_GET_LAPIC).
#   tests/org.irqscope.benchmarks/native/build.sh [vcpus] [iterations]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${TMPDIR:-/tmp}/irqscope-native"
mkdir -p "$out"
gcc -O2 -Wall -Wextra -o "$out/state_read_floor" "$here/state_read_floor.c"
exec "$out/state_read_floor" "${1:-4}" "${2:-20000}"
