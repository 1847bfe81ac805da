# A syntax error whose range spans lines: CPython's text is the first line without its newline,
# and both offsets stop one past that text's end.
cases = [
    "foo(a, z\n  for z in\n     range(10), b)\n",
    "foo(a, zzzzzz\n  for z in range(10), b)\n",
    "f(é, z\n for z in range(10), b)\n",
    "print(1, x for x in\n   range(3))",
    "foo(x for x in y, 1)\n",
    "(a,\n b) += 1\n",
    "f(x=1,\n 2)\n",
]
for code in cases:
    try:
        compile(code, "<s>", "exec")
    except SyntaxError as e:
        print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.msg)
