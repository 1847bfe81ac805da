# A SyntaxError raised by hand with location details is shown like a compiler's one:
# the source line stripped of its indentation, a plain SyntaxError underlined over its range.


def check(src):
    raise SyntaxError("bad thing", ("f.py", 3, 5, "  abc def ghi\n", 3, 8))


check("abc")
