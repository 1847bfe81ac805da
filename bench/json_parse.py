"""JSON-like parser benchmark: generate a document, serialise it, parse it back, compare.

A deterministic generator builds nested objects and arrays of strings (with escapes), ints,
floats, booleans and nulls; a hand-written serialiser writes them as JSON text and a
hand-written recursive-descent parser (character by character, with an index) reads it
back. Exercises string indexing and slicing, str.join, dict/list building and recursion.

Usage: python3 bench/json_parse.py [N]    N = number of top-level records
"""
# bench-size: default=25000 quick=100
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
         "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma"]
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b",
             "f": "\f"}


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) % n


def make_value(rng, depth):
    kind = rng.below(10 if depth < 4 else 7)
    if kind == 0:
        return rng.below(100000) - 50000
    if kind == 1:
        return (rng.below(2000000) - 1000000) / 64.0
    if kind == 2:
        text = " ".join(WORDS[rng.below(len(WORDS))] for _ in range(1 + rng.below(4)))
        if rng.below(4) == 0:
            text += '\t"quoted"\n\\'
        return text
    if kind == 3:
        return rng.below(2) == 1
    if kind == 4:
        return None
    if kind in (5, 6):
        return WORDS[rng.below(len(WORDS))] + "-" + str(rng.below(1000))
    if kind in (7, 8):
        return [make_value(rng, depth + 1) for _ in range(rng.below(5))]
    return make_object(rng, depth + 1)


def make_object(rng, depth):
    obj = {}
    for i in range(1 + rng.below(5)):
        obj[WORDS[rng.below(len(WORDS))] + str(i)] = make_value(rng, depth)
    return obj


def quote(s):
    out = ['"']
    for ch in s:
        out.append(ESCAPES.get(ch, ch))
    out.append('"')
    return "".join(out)


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(quote(value))
    elif isinstance(value, (int, float)):
        out.append(repr(value))
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            dump(item, out)
        out.append("]")
    else:
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            out.append(quote(key))
            out.append(": ")
            dump(item, out)
        out.append("}")


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def expect(self, ch):
        if self.text[self.pos] != ch:
            raise ParseError("expected %r at %d" % (ch, self.pos))
        self.pos += 1

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "t" and self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if ch == "f" and self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if ch == "n" and self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def obj(self):
        self.expect("{")
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.skip_space()
            self.expect(":")
            result[key] = self.value()
            self.skip_space()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        result = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_space()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        self.expect('"')
        text = self.text
        chunks = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                chunks.append(text[start:self.pos])
                self.pos += 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:self.pos])
                chunks.append(UNESCAPES[text[self.pos + 1]])
                self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        is_float = False
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            if text[pos] in ".eE":
                is_float = True
            pos += 1
        self.pos = pos
        if pos == start:
            raise ParseError("unexpected %r at %d" % (text[pos], pos))
        token = text[start:pos]
        return float(token) if is_float else int(token)


def count_nodes(value):
    if isinstance(value, dict):
        return 1 + sum(count_nodes(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(count_nodes(v) for v in value)
    return 1


def main(records):
    rng = Rng(11)
    document = [make_object(rng, 0) for _ in range(records)]
    out = []
    dump(document, out)
    text = "".join(out)
    parsed = Parser(text).value()
    if parsed != document:
        raise ParseError("round trip changed the document")
    again = []
    dump(parsed, again)
    second = "".join(again)
    fold = 0
    for i in range(0, len(second), 7):
        fold = (fold * 31 + ord(second[i])) % 1000000007
    print("checksum json_parse", records, len(text), count_nodes(parsed), text == second, fold)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25000)
