#!/usr/bin/env bash
# Prints every report URL the repository's label files already use (held-out, tuning and
# second-labelling sets), one per line, sorted: a new batch must not reuse any of them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
grep -rhoE '"url": *"[^"]*"' "$root/enduse-core/src/test/resources" --include='*.jsonl' \
  | sed -E 's/"url": *"//; s/"$//' | sort -u
