#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fails when the built product contains two versions of one bundle (a sign that the target platform drifted).
set -euo pipefail
cd "$(dirname "$0")/../.."
plugins="releng/org.irqscope.product/target/products/org.irqscope.product/linux/gtk/x86_64/irqscope/plugins"
[ -d "$plugins" ] || { echo "product duplicates: no product at $plugins — build first" >&2; exit 1; }
dups=$(ls "$plugins" | sed -E 's/_[0-9]+\.[0-9]+\.[0-9]+.*$//' | sort | uniq -d)
if [ -n "$dups" ]; then
  echo "product duplicates: these bundles are in the product in more than one version:" >&2
  for d in $dups; do ls "$plugins" | grep "^${d}_" >&2; done
  exit 1
fi
echo "product duplicates: none ($(ls "$plugins" | wc -l) bundles)"
