#!/usr/bin/env python3
"""Usage: restore-text.py BATCH ID CANDIDATE TEXTS_ROOT

Brings back the text of one labelled report of a spent batch (heldout/real-tuneBATCH) on a machine
that no longer has it. The text was a stored page's search excerpt, saved by a labeller with its
leading " date YYYY-MM-DD " line dropped and possibly cut at a paragraph end; the label pins it by
sha256. CANDIDATE is a file holding the excerpt as the search returned it, either as raw text or as
the JSON string literal copied from the search answer (starting with a double quote), which keeps
every character exact. Every way the labeller may have trimmed it is tried; the one whose sha256 is
the label's is written to TEXTS_ROOT/realtextsBATCH/<the label's file>. Exit 0 when restored, 1 when
no trimming matches, 2 on bad arguments.
"""
import hashlib
import json
import pathlib
import re
import sys

DATE_LINE = re.compile(r"^\s*date \d{4}(-\d{2}){0,2}\s")


def label(batch, doc_id):
    folder = pathlib.Path(__file__).resolve().parents[2] / "enduse-core/src/test/resources/heldout" / f"real-tune{batch}"
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                if entry["id"] == doc_id:
                    return entry
    sys.exit(f"restore-text: no label {doc_id} in {folder}")


def excerpt(candidate):
    raw = pathlib.Path(candidate).read_text(encoding="utf-8")
    stripped = raw.strip()
    return json.loads(stripped) if stripped.startswith('"') else raw


def trimmings(text):
    """Every text the labeller may have saved from this excerpt, longest first."""
    starts = [text]
    dated = DATE_LINE.match(text)
    if dated:
        starts.append(text[dated.end():])
        # some excerpts carry the page's address after the date on the same line
        first_line_end = text.find("\n")
        if first_line_end > 0:
            starts.append(text[first_line_end:])
    for start in starts:
        ends = [len(start)] + [m.start() for m in re.finditer("\n", start)][::-1]
        for end in ends:
            kept = start[:end]
            yield from (kept, kept.strip(), kept.lstrip(), kept.rstrip() + "\n", kept.strip() + "\n")


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    batch, doc_id, candidate, texts_root = sys.argv[1:]
    entry = label(batch, doc_id)
    for text in trimmings(excerpt(candidate)):
        data = text.encode("utf-8")
        if hashlib.sha256(data).hexdigest() == entry["sha256"].lower():
            target = pathlib.Path(texts_root) / f"realtexts{batch}" / entry["file"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            print(f"restored {doc_id} -> {target}")
            return
    print(f"no match {doc_id}: no trimming of {candidate} has the label's sha256")
    sys.exit(1)


main()
