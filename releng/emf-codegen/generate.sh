#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Regenerates bundles/org.irqscope.model/src-gen from model/irqscope.genmodel, headless (no Eclipse, no JDT).
#   releng/emf-codegen/generate.sh                  regenerate src-gen/ (stale files are removed)
#   releng/emf-codegen/generate.sh --check          fail (exit 1) when regeneration would change src-gen/
#   releng/emf-codegen/generate.sh --init-genmodel  rewrite the genmodel from the ecore (after adding classifiers)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$root/bundles/org.irqscope.model"
mode="${1:-generate}"
case "$mode" in generate|--check|--init-genmodel) ;; *) echo "usage: $0 [--check|--init-genmodel]" >&2; exit 2;; esac
. "$root/dev/jdk.sh"
cd "$here"
cpfile="$here/target/classpath.txt"
# -o when the local repository already has everything: regeneration must not depend on the network.
mvn_q() { "$root/mvnw" -q -B -o "$@" >/dev/null 2>&1 || "$root/mvnw" -q -B "$@"; }
main_class="$here/target/classes/org/irqscope/releng/emfcodegen/ModelCodeGenerator.class"
if [ ! -f "$cpfile" ] || [ ! -f "$main_class" ] || [ pom.xml -nt "$cpfile" ] \
    || [ -n "$(find src -newer "$cpfile" -name '*.java')" ]; then
  mvn_q -Dmdep.outputFile="$cpfile" dependency:build-classpath compile
fi
run() {
  "$JAVA_HOME/bin/java" -cp "$here/target/classes:$(cat "$cpfile")" \
      org.irqscope.releng.emfcodegen.ModelCodeGenerator "$@"
}
if [ "$mode" = "--init-genmodel" ]; then
  run init-genmodel "$bundle"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
run generate "$bundle" "$tmp"
if [ "$mode" = "--check" ]; then
  if diff -r "$bundle/src-gen" "$tmp/src-gen" >"$tmp.diff" 2>&1; then
    rm -f "$tmp.diff"; echo "src-gen is up to date"
  else
    cat "$tmp.diff"; rm -f "$tmp.diff"
    echo "src-gen differs from what the genmodel generates: run releng/emf-codegen/generate.sh" >&2
    exit 1
  fi
else
  rm -rf "$bundle/src-gen"
  cp -r "$tmp/src-gen" "$bundle/src-gen"
  echo "regenerated $bundle/src-gen"
fi
