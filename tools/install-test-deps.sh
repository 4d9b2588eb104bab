#!/usr/bin/env bash
# Installs the system packages the tests use, when they are missing. Safe to run again.
set -euo pipefail
missing=()
# A JDK >= 21: Temurin is on the project machines; Debian's openjdk-21 otherwise... see tools/find-jdk.sh
. "$(dirname "${BASH_SOURCE[0]}")/find-jdk.sh"
if ! enduse_find_jdk 2>/dev/null; then missing+=(openjdk-21-jdk-headless); fi
# Headless Chromium and its WebDriver for the browser tests (they skip, saying so, without them).
if [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ ! -x /usr/bin/chromedriver ]; then missing+=(chromium-driver); fi
# Headless Firefox for the same tests: it speaks WebDriver BiDi itself, so no geckodriver is needed.
if [ ! -x /usr/bin/firefox-esr ]; then missing+=(firefox-esr); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-deps: please install: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi
