# A tokenizer for an indentation-sensitive mini language: INDENT/DEDENT
# tokens from a stack of column widths, bracket nesting that suspends
# indentation, comments, strings with escapes, and error positions.

SOURCE = '''\
def area(w, h):
    # compute an area
    if w > 0 and h > 0:
        return w * h
    return 0

items = [
    1, 2,
        3,
]
print(area(3, 4), "tab\\tseparated", 'single')
'''

KEYWORDS = {"def", "if", "return", "and", "or", "not"}


class TokenizeError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} (line {line}, column {col})")


def tokenize(source):
    tokens = []
    indents = [0]
    depth = 0
    for lineno, line in enumerate(source.split("\n"), 1):
        stripped = line.lstrip(" ")
        if depth == 0:
            if not stripped or stripped.startswith("#"):
                continue
            col = len(line) - len(stripped)
            if col > indents[-1]:
                indents.append(col)
                tokens.append(("INDENT", "", lineno))
            while col < indents[-1]:
                indents.pop()
                tokens.append(("DEDENT", "", lineno))
            if col != indents[-1]:
                raise TokenizeError("unindent does not match any outer level", lineno, col)
        i = len(line) - len(stripped)
        while i < len(line):
            ch = line[i]
            if ch == " ":
                i += 1
            elif ch == "#":
                break
            elif ch.isalpha() or ch == "_":
                j = i
                while j < len(line) and (line[j].isalnum() or line[j] == "_"):
                    j += 1
                word = line[i:j]
                tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word, lineno))
                i = j
            elif ch.isdigit():
                j = i
                while j < len(line) and line[j].isdigit():
                    j += 1
                tokens.append(("NUMBER", int(line[i:j]), lineno))
                i = j
            elif ch in "\"'":
                j = i + 1
                value = []
                while j < len(line) and line[j] != ch:
                    if line[j] == "\\" and j + 1 < len(line):
                        value.append({"n": "\n", "t": "\t", "\\": "\\"}.get(line[j + 1], line[j + 1]))
                        j += 2
                    else:
                        value.append(line[j])
                        j += 1
                if j >= len(line):
                    raise TokenizeError("unterminated string", lineno, i)
                tokens.append(("STRING", "".join(value), lineno))
                i = j + 1
            elif ch in "([{":
                depth += 1
                tokens.append(("OP", ch, lineno))
                i += 1
            elif ch in ")]}":
                depth -= 1
                if depth < 0:
                    raise TokenizeError(f"unmatched {ch!r}", lineno, i)
                tokens.append(("OP", ch, lineno))
                i += 1
            elif line.startswith((">=", "<=", "==", "!="), i):
                tokens.append(("OP", line[i:i + 2], lineno))
                i += 2
            elif ch in "+-*/=<>:,.":
                tokens.append(("OP", ch, lineno))
                i += 1
            else:
                raise TokenizeError(f"unexpected character {ch!r}", lineno, i)
        if depth == 0 and stripped and not stripped.startswith("#"):
            tokens.append(("NEWLINE", "", lineno))
    while len(indents) > 1:
        indents.pop()
        tokens.append(("DEDENT", "", lineno))
    tokens.append(("ENDMARKER", "", lineno))
    return tokens


toks = tokenize(SOURCE)
for kind, value, line in toks:
    print(f"{line:3} {kind:<9} {value!r}")
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
for bad in ["if x:\n        a\n    b\n", "x = (1, 2\ny = 3)\n)\n", "s = 'open\n", "a = 1 $ 2\n"]:
    try:
        tokenize(bad)
        print("no error for", repr(bad))
    except TokenizeError as e:
        print(type(e).__name__, e)
