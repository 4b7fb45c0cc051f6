#!/usr/bin/env bash
# Installs what the report tests need beyond Maven, when missing; safe to run again.
#  - Debian's chromium and chromium-driver, for the browser tests of the HTML report
#    (HtmlReportBrowserTest drives /usr/bin/chromium through /usr/bin/chromedriver);
#  - Microsoft's SARIF Multitool from npm, for SarifMultitoolTest, into
#    ~/.cache/lawful-test-tools (outside the repository; the test installs it there too).
set -euo pipefail

SARIF_MULTITOOL_VERSION=5.7.0
TOOLS_DIR="${HOME}/.cache/lawful-test-tools"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium chromium-driver
fi

if [ ! -f "${TOOLS_DIR}/node_modules/@microsoft/sarif-multitool/package.json" ]; then
  mkdir -p "${TOOLS_DIR}"
  npm install --no-audit --no-fund --prefix "${TOOLS_DIR}" "@microsoft/sarif-multitool@${SARIF_MULTITOOL_VERSION}"
fi

chromium --version 2>/dev/null | head -n 1 || true
echo "SARIF Multitool ${SARIF_MULTITOOL_VERSION} in ${TOOLS_DIR}"
