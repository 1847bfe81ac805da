# A JSON parser and pretty printer written from scratch, with error positions.

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


class JsonParser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise ParseError(msg, self.pos)

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error("trailing data")
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            self.error("unexpected end")
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error(f"unexpected character {c!r}")

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error("expected string key")
            key = self.string()
            self.skip_ws()
            if self.text[self.pos:self.pos + 1] != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == "}":
                return result
            if c != ",":
                self.pos -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            c = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if c == "]":
                return result
            if c != ",":
                self.pos -= 1
                self.error("expected ',' or ']'")

    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            c = self.text[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    code = int(self.text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                    continue
                if esc not in self.ESCAPES:
                    self.error(f"bad escape {esc!r}")
                out.append(self.ESCAPES[esc])
                self.pos += 2
            else:
                out.append(c)
                self.pos += 1

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.text[self.pos:self.pos + 1] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        if self.text[self.pos:self.pos + 1] in ("e", "E"):
            is_float = True
            self.pos += 1
            if self.text[self.pos:self.pos + 1] in ("+", "-"):
                self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        literal = self.text[start:self.pos]
        return float(literal) if is_float else int(literal)


def dumps(value, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    sep = "\n" if indent else ""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
                else:
                    out.append("\\u%04x" % code)
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[" + sep + ("," + sep).join(items) + sep + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        colon = ": " if indent else ":"
        items = [pad + dumps(k) + colon + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{" + sep + ("," + sep).join(items) + sep + end_pad + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")


DOC = """
{
  "name": "Taipan",
  "version": [0, 1, 0],
  "fast": true,
  "jit": null,
  "ratio": 2.5e-3,
  "negative": -42,
  "nested": {"list": [1, [2, [3, []]], {}], "empty": "", "esc": "tab\\tquote\\"slash\\\\"},
  "unicode": "caf\\u00e9 \\ud83d\\ude00"
}
"""

data = JsonParser(DOC).parse()
print(sorted(data))
print(data["nested"]["esc"], data["unicode"] == "café \U0001F600", data["ratio"])
print(dumps(data))
print(dumps(data, indent=2))
again = JsonParser(dumps(data, indent=4)).parse()
print("round trip equal:", again == data)
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', '"unterminated', "[1,]", "{} extra", '"\\x"', ""]:
    try:
        JsonParser(bad).parse()
        print("parsed?!", bad)
    except ParseError as e:
        print(repr(bad), "->", e)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
big = {"items": [{"id": i, "sq": i * i, "tags": ["t%d" % j for j in range(i % 3)]} for i in range(6)]}
text = dumps(big)
print(len(text), JsonParser(text).parse() == big)
