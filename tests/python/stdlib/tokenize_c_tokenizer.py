# _tokenize.TokenizerIter (tokenize._generate_tokens_from_c_tokenizer): CPython 3.11's C
# tokenizer's token stream, with exact operator types, UTF-8 byte columns, the buffered `line`,
# no COMMENT/NL/ENDMARKER, silent stops on indentation errors and raised SyntaxErrors.
import _tokenize
import tokenize

SOURCES = [
    "",
    "   \n# only a comment",
    "x",
    "x = 1 # trailing comment\n",
    "if x:\n    y = 'é' + f'{a!r:>{w}}'\n\n# c\nz\n",
    "a = (1,\n  # inside\n  2)\n",
    "x = 1 + \\\n  2 + 3\ny\n",
    "'abc\\\ndef' + '''g\nh''' + 1\n",
    "é = 1\r\nñx=2\rÖrter = u'x'",
    "if 1:\n\tx\n",
    "\tif 1:\n\t\tpass\n\n",
    "async def f(): await x\n",
    "x @= 2; y //= 3 ** ~4 != 5 -> ... := <<= >>=\n",
    "0xff 1e5 1j 1_0 1.e5.3\n",
    "x = $ ? !\n",
    "x = 1\x0cy\n",
    "ﬁ = 1\n",
    "def f(:\n",
]
ERRORS = [
    "x = 'abc\n", "x = '''abc\n", "€ = 1\n", "1_a\n", "0b12\n", "0777\n", "x = )\n", "(]\n",
    "(" * 300 + "a", "if 1:\n    x\n  y\n", "if 1:\n\tx\n        y\n", "x = (1,\n", "x = \\ 1\n",
    "x = 1 + \\",
]

for s in SOURCES + ERRORS:
    print(repr(s))
    try:
        for t in _tokenize.TokenizerIter(s):
            print("  ", t)
    except SyntaxError as e:
        print("   ", type(e).__name__, e.args)

for tok in tokenize._generate_tokens_from_c_tokenizer("if a:\n  b = [1,\n 2]\n"):
    print(tokenize.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end)

for bad in [b"x", 1, None]:
    try:
        _tokenize.TokenizerIter(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ["a\0b", "a\udc80b"]:
    try:
        _tokenize.TokenizerIter(bad)
    except (ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
it = _tokenize.TokenizerIter(source="x")
print(iter(it) is it, type(it).__name__, type(it).__module__, next(it))
try:
    class Sub(_tokenize.TokenizerIter):
        pass
except TypeError as e:
    print("TypeError", e)
