#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fails when a bundle imports across the dependency direction of docs/architecture.md:
# JNA only in kvm.linux; SWT/JFace/workbench only in ui and app; the ABI bundle depends on nothing of ours;
# core never sees a UI or a concrete backend.
set -uo pipefail
cd "$(dirname "$0")/../.."
status=0
violation() { echo "dependency direction: $1" >&2; status=1; }

check_imports() { # bundle-glob regex message
  local hits
  hits=$(grep -rlE "^import (static )?$2" $1 --include='*.java' 2>/dev/null || true)
  [ -z "$hits" ] || violation "$3:"$'\n'"$hits"
}
for b in bundles/*/; do
  name=$(basename "$b")
  case "$name" in
    org.irqscope.kvm.linux) ;;
    *) check_imports "$b" 'com\.sun\.jna' "$name imports JNA (only org.irqscope.kvm.linux may)";;
  esac
  case "$name" in
    org.irqscope.ui|org.irqscope.app) ;;
    *) check_imports "$b" 'org\.eclipse\.(swt|jface|ui|e4\.ui)\.' "$name imports SWT/JFace/workbench (only ui and app may)";;
  esac
  manifest="$b/META-INF/MANIFEST.MF"
  if [ "$name" != org.irqscope.kvm.linux ] && grep -q 'com\.sun\.jna' "$manifest"; then
    violation "$manifest requires JNA"
  fi
done
check_imports bundles/org.irqscope.kvm 'org\.irqscope\.(model|core|ui|app|qemu|softkvm|sandbox)\.|org\.irqscope\.kvm\.linux' \
    "org.irqscope.kvm must depend on nothing of ours"
check_imports bundles/org.irqscope.core 'org\.irqscope\.(ui|app|qemu|softkvm|sandbox|trace|kvm\.linux)\.' \
    "org.irqscope.core must not see the UI or a concrete backend"
check_imports bundles/org.irqscope.model 'org\.irqscope\.(core|ui|app|kvm|qemu|softkvm|sandbox)\.' \
    "org.irqscope.model depends on EMF only"
check_imports bundles/org.irqscope.trace 'org\.irqscope\.(ui|app|qemu|softkvm|sandbox|kvm|model)\.' \
    "org.irqscope.trace reads tracefs and depends on core only"
check_imports bundles/org.irqscope.ui 'org\.irqscope\.(app|qemu|softkvm|sandbox|kvm\.linux)\.' \
    "org.irqscope.ui must reach backends only through the core Target API"
[ $status -eq 0 ] && echo "dependency direction: ok"
exit $status
