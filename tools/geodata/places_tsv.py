"""Reads geo/places.tsv, shared by the scripts that derive data from it (spellings.py here,
tools/placewords/build.py)."""


def rows(path):
    """Each place of places.tsv as a dict keyed by the columns of the last comment line (the header)."""
    with open(path, encoding="utf-8") as lines:
        header = None
        for line in lines:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#"):
                header = [c.lstrip("# ") for c in cells]
                continue
            yield dict(zip(header, cells))
