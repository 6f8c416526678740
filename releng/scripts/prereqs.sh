# SPDX-License-Identifier: EPL-2.0
# Sourced by ./irqscope and ./test: makes sure the Debian packages a step needs are installed.
# As root it installs them; otherwise it prints the exact apt-get line and stops.
irqscope_ensure_packages() {
  local missing=()
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "irqscope: missing system packages: ${missing[*]} (this is not a Debian-based system; install their equivalents)" >&2
    return 3
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "irqscope: missing Debian packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    return 3
  fi
  echo "irqscope: installing Debian packages: ${missing[*]}" >&2
  if ! { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2; }; then
    echo "irqscope: could not install ${missing[*]} with apt-get; install them and retry." >&2
    return 3
  fi
}
