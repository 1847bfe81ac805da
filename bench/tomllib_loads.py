"""tomllib benchmark: tomllib.loads over a large generated TOML document.

The document has N tables with nested dotted keys, basic and literal strings (with
escapes), multi-line strings, integers in several bases, floats, booleans, dates and times,
arrays, inline tables and arrays of tables. The checksum walks the parsed result. Exercises
the standard library's pure-Python TOML parser (string scanning, regular expressions,
dicts), so it needs the standard library.

Usage: python3 bench/tomllib_loads.py [N]    N = number of tables
"""
# bench-size: default=6000 quick=50
import sys
import tomllib

NAMES = ["server", "client", "cache", "queue", "worker", "store", "proxy", "index"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 9) % n


def make_document(tables):
    rng = Rng(5)
    lines = ['title = "generated \\"benchmark\\" document"', "version = 3", ""]
    for i in range(tables):
        name = NAMES[rng.below(len(NAMES))]
        lines.append("[%s.t%d]" % (name, i))
        lines.append('host = "node-%d.example"' % rng.below(1000))
        lines.append("port = %d" % (1024 + rng.below(60000)))
        lines.append("mask = 0x%x" % rng.below(1 << 20))
        lines.append("mode = 0o%o" % rng.below(512))
        lines.append("ratio = %d.%03d" % (rng.below(100), rng.below(1000)))
        lines.append("big = %de%d" % (1 + rng.below(9), rng.below(30)))
        lines.append("enabled = %s" % ("true" if rng.below(2) else "false"))
        lines.append("path = 'C:\\data\\%d'" % i)
        lines.append("limits.soft = %d" % rng.below(100))
        lines.append("limits.hard = %d" % (100 + rng.below(100)))
        lines.append("tags = [%s]" % ", ".join('"t%d"' % rng.below(50)
                                                for _ in range(rng.below(5))))
        lines.append("matrix = [[%d, %d], [%d, %d]]" % tuple(rng.below(10) for _ in range(4)))
        lines.append("owner = { name = \"u%d\", id = %d, active = %s }"
                     % (rng.below(500), rng.below(10000), "true" if rng.below(2) else "false"))
        lines.append("created = 2026-%02d-%02dT%02d:%02d:00Z"
                     % (1 + rng.below(12), 1 + rng.below(28), rng.below(24), rng.below(60)))
        lines.append("day = 2025-%02d-%02d" % (1 + rng.below(12), 1 + rng.below(28)))
        lines.append("at = %02d:%02d:%02d" % (rng.below(24), rng.below(60), rng.below(60)))
        if rng.below(4) == 0:
            lines.append('notes = """')
            lines.append("line one of table %d" % i)
            lines.append('line two with a tab\\t and a "quote"."""')
        lines.append("")
        if rng.below(3) == 0:
            lines.append("[[events]]")
            lines.append('kind = "e%d"' % rng.below(20))
            lines.append("weight = %d.5" % rng.below(10))
            lines.append("")
    return "\n".join(lines) + "\n"


def fold_value(value, acc):
    if isinstance(value, dict):
        for key in sorted(value):
            acc = fold_value(value[key], fold_text(key, acc))
        return acc
    if isinstance(value, list):
        for item in value:
            acc = fold_value(item, acc)
        return (acc * 7 + len(value)) % 1000000007
    if isinstance(value, (bool, int, float, str)):
        return fold_text(repr(value), acc)
    return fold_text(value.isoformat(), acc)


def fold_text(text, acc):
    for ch in text:
        acc = (acc * 131 + ord(ch)) % 1000000007
    return acc


def main(tables):
    text = make_document(tables)
    data = tomllib.loads(text)
    print("checksum tomllib_loads", tables, len(text), len(data), fold_value(data, 0))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6000)
