# SPDX-License-Identifier: EPL-2.0
# Sourced by the project's scripts: picks a JDK >= 21 and exports JAVA_HOME, or says which is missing.
irqscope_java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(irqscope_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  :
else
  JAVA_HOME=""
  for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]* /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    m=$(irqscope_java_major "$d"); [ -n "$m" ] && [ "$m" -ge 21 ] && { JAVA_HOME="$d"; break; }
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "irqscope: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*)." >&2
    echo "irqscope: install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 25, or set JAVA_HOME." >&2
    return 3 2>/dev/null || exit 3
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
