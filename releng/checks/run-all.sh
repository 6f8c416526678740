#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The source checks that need no build. Formatting is checked by the build itself (formatter-maven-plugin validate).
set -uo pipefail
cd "$(dirname "$0")"
status=0
./dependency-direction.sh || status=1
./source-headers.sh || status=1
../emf-codegen/generate.sh --check || status=1
exit $status
