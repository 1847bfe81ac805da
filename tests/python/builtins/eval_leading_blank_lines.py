# eval() of text skips leading spaces and tabs only (builtin_eval_impl): leading blank lines keep
# the line numbers of tracebacks and SyntaxErrors; other leading whitespace is the parser's.
import traceback

for src in ["\n\n1/0", "  \n\n1/0", b"\n\n1/0", "\n\n(1,\n 2, 1/0)", "\t 1/0", "\r\n\r\n1/0"]:
    try:
        eval(src)
    except ZeroDivisionError as e:
        print(repr(src), traceback.extract_tb(e.__traceback__)[-1].lineno)
for src in ["\n\nx = 1", "\n\n)", "\v1", "\u00a01", "\n \n  1+1", "\f1", " \n1", "\f\n1", "\t\t2*3"]:
    try:
        print(repr(src), "=", eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
