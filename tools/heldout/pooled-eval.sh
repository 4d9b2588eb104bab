#!/usr/bin/env bash
# Usage: TEXTS_ROOT=DIR pooled-eval.sh JAR OUTPREFIX N [N ...]
# Scores JAR on the tuning batches real-tuneN (texts in TEXTS_ROOT/realtextsN, outside the
# repository), writes each batch's per-field table to OUTPREFIX-N.txt and prints the fields pooled
# over the batches: counts are summed before F1, so a large batch weighs as its labels do. A batch
# whose texts are only partly on this machine (restore-text.py brought some back) is scored on the
# reports it has, and the count is printed, so two runs compare only on the same reports.
set -euo pipefail
: "${TEXTS_ROOT:?set TEXTS_ROOT to the folder holding realtextsN}"
jar=$1; prefix=$2; shift 2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
present=$(mktemp -d)
trap 'rm -rf "$present"' EXIT
files=()
for n in "$@"; do
  python3 - "$root/enduse-core/src/test/resources/heldout/real-tune$n" "$TEXTS_ROOT/realtexts$n" "$present/$n" <<'PY'
import json, pathlib, sys
labels, texts, out = (pathlib.Path(a) for a in sys.argv[1:])
out.mkdir()
kept = total = 0
for path in sorted(labels.glob("*.jsonl")):
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    here = [l for l in lines if (texts / json.loads(l)["file"]).is_file()]
    total += len(lines); kept += len(here)
    if here:
        (out / path.name).write_text("\n".join(here) + "\n", encoding="utf-8")
print(f"batch {labels.name}: {kept} of {total} reports", file=sys.stderr)
PY
  # A crash on one report must stop the run loudly: a pool summed without that batch would look like a change.
  if ! "$java_bin" --enable-native-access=ALL-UNNAMED -jar "$jar" eval --texts "$TEXTS_ROOT/realtexts$n" \
    "$present/$n" > "$prefix-$n.txt" 2>"$present/$n.err"; then
    echo "eval failed on batch $n:" >&2; grep -v '^\s*at ' "$present/$n.err" | head -5 >&2; exit 1
  fi
  files+=("$prefix-$n.txt")
done
awk '$2 == "all" && $3 ~ /^[0-9]/ { tp[$1] += $3; fp[$1] += $4; fn[$1] += $5 }
  END { for (k in tp) { p = tp[k] / (tp[k] + fp[k]); r = tp[k] / (tp[k] + fn[k]);
        printf "%-16s tp %4d fp %4d fn %4d F %.3f\n", k, tp[k], fp[k], fn[k], (p + r > 0 ? 2 * p * r / (p + r) : 0) } }' \
  "${files[@]}" | sort
