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

# The live QEMU tier boots Debian's ppc64el kernel, fetched with `apt-get download`, which needs the foreign
# architecture known to dpkg/apt. Only done as root; otherwise the live tests say what is missing.
irqscope_ensure_foreign_arch() {
  local arch="$1"
  dpkg --print-foreign-architectures 2>/dev/null | grep -qx "$arch" && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "irqscope: the live QEMU tests need Debian's $arch packages known to apt; as root run:" >&2
    echo "  dpkg --add-architecture $arch && apt-get update" >&2
    return 0
  fi
  echo "irqscope: adding the $arch architecture to apt (for Debian's $arch kernel used by the live tests)" >&2
  dpkg --add-architecture "$arch" && apt-get update -q >&2 || {
    echo "irqscope: could not add the $arch architecture; the live QEMU tests that boot a POWER kernel will fail" >&2
    return 3; }
}
