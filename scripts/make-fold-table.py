#!/usr/bin/env python3
"""Writes src/HalenBrengen.Core/Decompositions.txt: the table TextKey.Fold decomposes with.

Run once per Unicode version, from the Unicode Character Database's UnicodeData.txt:
    apt-get install unicode-data          # Debian 12: Unicode 15.0.0, the version of ICU 72 on Debian 12
    python3 scripts/make-fold-table.py [/usr/share/unicode/UnicodeData.txt]

For every code point with a decomposition (canonical or compatibility; Hangul syllables are left out,
Fold keeps them whole), the table holds its full compatibility decomposition (NFKD of that one code
point: decomposed recursively) with the combining marks (general category Mn, Mc, Me) left out, since
Fold drops every mark anyway. Canonical reordering only moves marks, so the order of what is left
is the order of the decomposition.

The table is a data file embedded in HalenBrengen.Core (read once, on the first fold), not C# source:
1,300 lines of generated arrays are no code to read. A line per code point, ascending: the code point
in hex, then the code points of its decomposition in hex, separated by spaces; a line with the code
point alone decomposes to marks only.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src/HalenBrengen.Core/Decompositions.txt"
MARKS = {"Mn", "Mc", "Me"}


def read(path):
    decompositions, categories = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        code, category, mapping = int(fields[0], 16), fields[2], fields[5]
        categories[code] = category
        if mapping:
            # "<compat> 0020 0301": the tag says which kind; NFKD uses both kinds alike.
            decompositions[code] = [int(part, 16) for part in mapping.split() if not part.startswith("<")]
    return decompositions, categories


def full(code, decompositions):
    if code not in decompositions:
        return [code]
    return [part for c in decompositions[code] for part in full(c, decompositions)]


def version(path):
    age = path.with_name("DerivedAge.txt")
    if age.exists():
        match = re.match(r"# DerivedAge-(\d+\.\d+\.\d+)\.txt", age.read_text(encoding="utf-8"))
        if match:
            return match.group(1)
    return "unknown"


def table(decompositions, categories):
    """Every code point with a decomposition, ascending, with its decomposition without marks."""
    return [(code, [c for c in full(code, decompositions) if categories.get(c, "Cn") not in MARKS])
            for code in sorted(decompositions)]


def write(rows, unicode_version):
    units = sum(1 if c <= 0xFFFF else 2 for _, kept in rows for c in kept)
    # The C# side keeps where each decomposition ends, in UTF-16 code units, as a ushort.
    assert units <= 0xFFFF, "ends no longer fit in ushort"
    lines = [
        f"# Written by scripts/make-fold-table.py from UnicodeData.txt {unicode_version}; do not edit, run the script.",
        f"# {len(rows)} code points, {units} UTF-16 code units of decompositions. Per line: a code point (hex) and its full",
        "# compatibility decomposition without combining marks (hex, space-separated); alone, it decomposes to marks only.",
    ]
    lines += [" ".join(f"{c:04X}" for c in [code, *kept]) for code, kept in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} code points, {units} code units")


def main():
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/UnicodeData.txt")
    write(table(*read(path)), version(path))


if __name__ == "__main__":
    main()
