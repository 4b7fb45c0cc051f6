# Sourced by .ci/run and .ci/install-test-tools.sh: installs Debian packages as root, through
# sudo when the script runs as another user, and installs nothing when all are present.
#   apt_install PACKAGE...
apt_install() {
  (($#)) || return 0
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "error: installing $* needs root: run as root, or install sudo" >&2
      return 1
    fi
    as_root=(sudo)
  fi
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}
