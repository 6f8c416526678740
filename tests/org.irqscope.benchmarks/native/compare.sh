#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The state-read figure against its floor, measured alternately so both see the same machine load:
# the C floor (build.sh) and FullStateReadBenchmark's main, each the best round of several, repeated; with Java 22
# or newer also the same ioctls through FFM (FfmStateReadFloor.java), what a binding without JNA would pay.
#   tests/org.irqscope.benchmarks/native/compare.sh CLASSPATH [repeats=3]
# CLASSPATH holds the compiled kvm, kvm.linux, core, model, sandbox classes, the benchmark class, JNA and JMH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp="$1"
repeats="${2:-3}"
. "$here/../../../dev/jdk.sh"
for _ in $(seq "$repeats"); do
  "$here/build.sh" 4 4000
  java --enable-native-access=ALL-UNNAMED -cp "$cp" org.irqscope.benchmarks.kvm.FullStateReadBenchmark 100 60 \
    2>/dev/null
  if [ "$(irqscope_java_major "$JAVA_HOME")" -ge 22 ] 2>/dev/null; then
    java --enable-native-access=ALL-UNNAMED "$here/FfmStateReadFloor.java" 4 4000
  fi
done
