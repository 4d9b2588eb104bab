#!/usr/bin/env bash
# Usage: CLAIM_DIR=DIR claim-url.sh URL
# Lets several labellers pick reports at once without two of them, or an earlier batch, taking the
# same page. Prints "claimed" (exit 0) and records URL in DIR/claimed-urls.txt when neither the
# repository's label files nor an earlier claim use it, else "taken" (exit 1). URLs are compared
# without scheme, "www." and a trailing slash, since the same page is often stored under both.
set -euo pipefail
: "${CLAIM_DIR:?set CLAIM_DIR to the shared working folder of the batch}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
normalise() { sed -E 's#^https?://##; s#^www\.##; s#/$##'; }
url=$(printf '%s\n' "$1" | normalise)
mkdir -p "$CLAIM_DIR"
touch "$CLAIM_DIR/claimed-urls.txt"
exec 9>"$CLAIM_DIR/claimed.lock"
flock 9
if { "$here/used-urls.sh"; cat "$CLAIM_DIR/claimed-urls.txt"; } | normalise | grep -xF "$url" >/dev/null; then
  echo taken
  exit 1
fi
printf '%s\n' "$1" >> "$CLAIM_DIR/claimed-urls.txt"
echo claimed
