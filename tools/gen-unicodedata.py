#!/usr/bin/env python3
"""Writes the Unicode 14.0 character properties that the JDK does not expose (or has in a newer
version) as the resource read by org.taipan.modules.unicodedata, from CPython 3.11's own
unicodedata module (run with a CPython 3.11 `python3`).

Format, one record a line: `R prop first last value` for a range of code points sharing a
property value (props: cat, bidi, ccc, eaw, mir), `D cp decomposition` and `N cp decimal digit numeric`
(empty fields for none)."""
import sys
import unicodedata as u

assert u.unidata_version == "14.0.0", u.unidata_version
out = sys.stdout
props = {
    "cat": (u.category, "Cn"),
    "bidi": (u.bidirectional, ""),
    "ccc": (u.combining, 0),
    "eaw": (u.east_asian_width, "N"),
    "mir": (u.mirrored, 0),
}
for name, (f, default) in props.items():
    start, cur = 0, f(chr(0))
    for cp in range(1, 0x110001):
        v = f(chr(cp)) if cp <= 0x10FFFF else None
        if v != cur:
            if cur != default:
                out.write(f"R {name} {start:x} {cp - 1:x} {cur}\n")
            start, cur = cp, v
for cp in range(0x110000):
    c = chr(cp)
    d = u.decomposition(c)
    if d:
        out.write(f"D {cp:x} {d}\n")
    dec, dig, num = u.decimal(c, None), u.digit(c, None), u.numeric(c, None)
    if num is not None:
        out.write(f"N {cp:x} {'' if dec is None else dec} {'' if dig is None else dig} {num!r}\n")
