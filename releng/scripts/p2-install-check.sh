#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Installs the irqscope feature from the built update site into a fresh p2 profile with the p2 director,
# as an Eclipse 4.39 IDE would, and checks that every irqscope bundle and its dependencies arrived.
set -euo pipefail
cd "$(dirname "$0")/../.."
. dev/jdk.sh
site="$PWD/releng/org.irqscope.product/target/repository"
dest="$PWD/target/p2-install-check"
[ -f "$site/content.jar" ] || [ -f "$site/content.xml.xz" ] || {
  echo "p2 install check: no update site at $site — run the build first (./test or ./mvnw verify)" >&2; exit 1; }
rm -rf "$dest"
./mvnw -B -q -N ${IRQSCOPE_MAVEN_OFFLINE:+-o} org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director \
  -Ddestination="$dest" -Drepositories="file:$site" -DinstallIUs=org.irqscope.feature.feature.group \
  -Dprofile=irqscope-check -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64
missing=0
for b in model kvm kvm.linux core softkvm sandbox qemu ui app; do
  ls "$dest"/plugins/org.irqscope.${b}_*.jar >/dev/null 2>&1 || { echo "p2 install check: org.irqscope.$b not installed" >&2; missing=1; }
done
for dep in org.eclipse.ui.workbench org.eclipse.emf.ecore com.google.gson com.sun.jna; do
  ls "$dest"/plugins/${dep}_* >/dev/null 2>&1 || { echo "p2 install check: dependency $dep not installed" >&2; missing=1; }
done
[ $missing -eq 0 ] || exit 1
echo "p2 install check: org.irqscope.feature installed from $site ($(ls "$dest/plugins" | wc -l) bundles)"
