# json.dumps and json.loads over documents whose characters take each storage form in turn:
# ASCII only, Latin-1 (U+0080..U+00FF), wider BMP characters, non-BMP characters and lone
# surrogates, with escapes at the first and last character, empty strings, numbers of every
# shape between them, str subclasses, and decode errors whose positions count code points.
import json


class Tagged(str):
    """A str subclass with its own hash and equality: json writes it as its text."""

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, str) and str.__eq__(self.lower(), other.lower())


PIECES = {
    "ascii": ["", "a", "plain words", "quo\"te", "back\\slash", "\ttab first", "last newline\n"],
    "latin1": ["caf\u00e9", "\u00e9", "\u00ff end", "na\u00efve \"x\"", "\u0080\u0081\u009f"],
    "bmp": ["snow\u2603", "\u2603", "\u4e2d\u6587\t", "\uffff", "mix \u00e9 \u2603 \"q\""],
    "astral": ["\U0001F600", "face \U0001F600 end", "\U00010000\U0010FFFF", "\U0001F600\n"],
    "surrogate": ["\ud800", "lone \udfff low", "\ud83d", "\udc00\ud800"],
}

NUMBERS = [0, -0, 7, -12, 123456789012345678, -123456789012345678, 1234567890123456789012345,
           -99999999999999999999, 1.5, -0.25, 1e-7, 2.5e+20, 1e300, -3.0]


def document(kind, round_no):
    strings = PIECES[kind]
    doc = {}
    for i, s in enumerate(strings):
        doc[s + str(i)] = [s, NUMBERS[(i + round_no) % len(NUMBERS)], {"k": s, "n": None}]
    doc["numbers"] = NUMBERS
    doc["flags"] = [True, False, None]
    return doc


def show(label, value):
    print(label, ascii(value))


for round_no in range(3):
    for kind in ("ascii", "latin1", "bmp", "astral", "surrogate", "ascii", "bmp"):
        doc = document(kind, round_no)
        for options in ({}, {"ensure_ascii": False}, {"sort_keys": True},
                        {"separators": (",", ":"), "ensure_ascii": False}):
            text = json.dumps(doc, **options)
            back = json.loads(text)
            if back != doc:
                show("MISMATCH " + kind, (options, text))
            if round_no == 0:
                show(kind + " " + str(sorted(options)), text[:160])
                show("  len", len(text))

# Strings on their own: each form, with escapes at the ends and in the middle.
for kind, strings in PIECES.items():
    for s in strings:
        a = json.dumps(s)
        b = json.dumps(s, ensure_ascii=False)
        show(kind, (a, b, json.loads(a) == s, json.loads(b) == s))

# Escapes written by hand, including surrogate pairs and lone surrogates.
for text in ['"\\u00e9\\u2603"', '"\\ud83d\\ude00"', '"\\ud83d x"', '"\\ude00\\ud83d"',
             '"a\\/b\\b\\f\\n\\r\\t"', '""', '"\\u0000"', '["\\u00ff", "\\uFFFF", "\u2603"]',
             '{"\u2603": [1, -2.5e3, "\U0001F600"]}', '"\U0001F600\\n\u00e9"']:
    show("loads " + text, json.loads(text))

# str subclasses as values and keys.
tagged = Tagged("Sn\u00d6w\u2603")
show("subclass value", json.dumps([tagged, Tagged(""), Tagged("\U0001F600")]))
show("subclass value na", json.dumps([tagged], ensure_ascii=False))
show("subclass key", json.dumps({tagged: 1}, ensure_ascii=False))

# Errors report code point positions, in documents of each form.
for bad in ['{"a": 1,}', '["\u2603", 1 2]', '["\U0001F600", tru]', '"\u00e9\\x"', '["\u2603\\u12"]',
            '[1, "unterminated \u2603', '{"\U0001F600": }', '["a\x01b"]', '[-]', '[1.]', '[1e]']:
    try:
        json.loads(bad)
        print("no error", ascii(bad))
    except json.JSONDecodeError as e:
        print("error", ascii(bad), e.msg, e.pos, e.lineno, e.colno)
