#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fails when a source file lacks the SPDX licence line in its first lines.
set -uo pipefail
cd "$(dirname "$0")/../.."
missing=$(git ls-files --cached --others --exclude-standard -- '*.java' '*.sh' '*.c' 'irqscope' 'test' '.ci/run' \
    | while read -r f; do [ -f "$f" ] && ! head -n 3 "$f" | grep -q 'SPDX-License-Identifier: EPL-2.0' && echo "$f"; done)
if [ -n "$missing" ]; then
  echo "source headers: these files lack '// SPDX-License-Identifier: EPL-2.0' (or '#' for scripts):" >&2
  echo "$missing" >&2
  exit 1
fi
echo "source headers: ok"
