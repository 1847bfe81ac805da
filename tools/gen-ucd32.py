#!/usr/bin/env python3
"""Writes how Unicode 3.2.0 differs from 14.0 as unicodedata.ucd_3_2_0 reports it: the resource
ucd32.txt read by org.taipan.modules.unicodedata (Ucd32), from CPython 3.11's own unicodedata
(run with a CPython 3.11 `python3`; the output goes to stdout).

Format, one record a line: `U first last` for a range of code points unassigned in 3.2.0 but
assigned in 14.0 (ucd_3_2_0 treats them as unassigned); `R prop first last value` for a range of
code points whose 3.2.0 value of prop (cat, bidi, eaw, mir, dec; `-` for no decimal value)
differs from 14.0's; `M cp target` for a code point whose 3.2.0 normalization (every form) maps
it to another code point than 14.0's does."""
import sys
import unicodedata as u

assert u.unidata_version == "14.0.0", u.unidata_version
old = u.ucd_3_2_0
out = sys.stdout


def write_ranges(tag, items):
    """items: (code point, value) in increasing order; consecutive equal values share a line."""
    runs = []
    for cp, v in items:
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] == v:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, v])
    for first, last, v in runs:
        out.write(f"{tag} {first:x} {last:x}{'' if v is None else ' ' + v}\n")


unassigned = []
changed = {"cat": [], "bidi": [], "eaw": [], "mir": [], "dec": []}
mapped = []
for cp in range(0x110000):
    c = chr(cp)
    if old.category(c) == "Cn" and u.category(c) != "Cn":
        unassigned.append((cp, None))
        continue
    pairs = {
        "cat": (old.category(c), u.category(c)),
        "bidi": (old.bidirectional(c), u.bidirectional(c)),
        "eaw": (old.east_asian_width(c), u.east_asian_width(c)),
        "mir": (str(old.mirrored(c)), str(u.mirrored(c))),
        "dec": (str(old.decimal(c, "-")), str(u.decimal(c, "-"))),
    }
    for prop, (then, now) in pairs.items():
        if then != now:
            changed[prop].append((cp, then))
    if not 0xD800 <= cp < 0xE000:
        then = old.normalize("NFD", c)
        if then != u.normalize("NFD", c):
            assert len(then) == 1 and all(old.normalize(f, c) == then for f in ("NFC", "NFKC", "NFKD"))
            mapped.append((cp, then))
write_ranges("U", unassigned)
for prop, items in changed.items():
    write_ranges("R " + prop, items)
for cp, then in mapped:
    out.write(f"M {cp:x} {ord(then):x}\n")
