#!/usr/bin/env python3
"""Merges tools/catalog/equipment-aliases.tsv into the equipment catalog (enduse-core/.../catalog/equipment/*.jsonl).

Idempotent: a form already listed for the entry (in any language) is not added again, and every
other byte of the files is kept. Fails, naming the row, when an id is not in the catalog.
Run from the repository root: python3 tools/catalog/merge-aliases.py
"""
import glob
import json
import sys

TABLE = "tools/catalog/equipment-aliases.tsv"
FILES = sorted(glob.glob("enduse-core/src/main/resources/catalog/equipment/*.jsonl"))


def read_table():
    additions = {}
    with open(TABLE, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                sys.exit(f"{TABLE}:{number}: expected id, language and forms separated by tabs")
            entry, language, forms = parts
            additions.setdefault(entry, []).append((language, [x.strip() for x in forms.split("|") if x.strip()], number))
    return additions


def main():
    additions = read_table()
    seen = set()
    for path in FILES:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        changed = False
        for i, line in enumerate(lines):
            record = json.loads(line)
            if record["id"] not in additions:
                continue
            seen.add(record["id"])
            aliases = record.setdefault("aliases", {})
            known = {form.casefold() for forms in aliases.values() for form in forms} | {record["name"].casefold()}
            for language, forms, _ in additions[record["id"]]:
                for form in forms:
                    if form.casefold() not in known:
                        aliases.setdefault(language, []).append(form)
                        known.add(form.casefold())
                        changed = True
            lines[i] = json.dumps(record, ensure_ascii=False)
        if changed:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
    missing = [(entry, rows[0][2]) for entry, rows in additions.items() if entry not in seen]
    if missing:
        sys.exit("\n".join(f"{TABLE}:{number}: no equipment entry with id {entry}" for entry, number in missing))


if __name__ == "__main__":
    main()
