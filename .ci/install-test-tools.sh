#!/usr/bin/env bash
# Installs what the tests need beyond the JDK and Maven, when missing; safe to run again.
#  - Debian's chromium and chromium-driver, for the browser tests of the HTML report
#    (HtmlReportBrowserTest takes chromium and chromedriver from the PATH);
#  - nodejs and npm, and with them Microsoft's SARIF Multitool into
#    ~/.cache/lawful-test-tools (outside the repository; SarifMultitoolTest looks there too).
# Without these tools those tests are skipped; under CI (CI=true) they fail instead.
set -euo pipefail
source "$(dirname "$0")/apt.sh"

SARIF_MULTITOOL_VERSION=5.7.0
TOOLS_DIR="${HOME}/.cache/lawful-test-tools"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
apt_install "${missing[@]}"

if [ ! -f "${TOOLS_DIR}/node_modules/@microsoft/sarif-multitool/package.json" ]; then
  mkdir -p "${TOOLS_DIR}"
  npm install --no-audit --no-fund --prefix "${TOOLS_DIR}" "@microsoft/sarif-multitool@${SARIF_MULTITOOL_VERSION}"
fi

chromium --version | head -n 1
chromedriver --version | head -n 1
echo "node $(node --version), npm $(npm --version)"
echo "SARIF Multitool ${SARIF_MULTITOOL_VERSION} in ${TOOLS_DIR}"
