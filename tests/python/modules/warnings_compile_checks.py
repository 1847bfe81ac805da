# The compiler's SyntaxWarnings and the string decoder's invalid-escape DeprecationWarnings, through compile()/exec, and the SyntaxError they become under an "error" filter.
import warnings
def c(src, fn="<s>"):
    try:
        compile(src, fn, "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for i in range(2): c("x is 1")
exec("y = 2\nif y is 1: pass")
c("x = 1\nif x is not 'a' and 1 < x: pass")
c("x is -1; x is (); x is (1, 2); x is None; x is ...; x is True")
c("1 is x")
c("x = 3\n(1, 2)(3)\n[1](2)\n[i for i in x]()\n{}()\n{1: 2 for a in b}()\n{1}()\n{i for i in x}()\n(i for i in x)()\nf'{x}'()\n1()\nNone()\n'a'()\nb''()\n1.5()\n1j()\nTrue()\n...()")
c("x = 3\n1[2]\nNone[0]\n...[0]\n2.5[0]\n1j[0]\nTrue[0]\n{1}[0]\n{i for i in x}[0]\n(i for i in x)[0]\n(lambda: 0)[0]\n'a'[0]\n[1][0]")
c("[1, 2]['a']\n[1][1.5]\n(1, 2)['x']\n(x, 2)['x']\n'abc'['a']\nb'ab'[1.5]\nf'{x}'['a']\n[i for i in x][None]\n[1][x]\n[1][1:2]\n[1][True]\n{1: 2}['a']")
c("assert (x, 'msg')\nassert ()\nassert (x,)\nassert x, 'm'")
c('"\\d"')
c('"a\\777"')
c('b"\\u\\d"')
c('f"\\d{1}\\e"')
c('rb"\\d" r"\\d"')
c('"\\\\d"')
c('"\\N{DIGIT ONE}\\8"')
warnings.simplefilter("always")
c('"\\d"')
c('"\\d" "\\q"')
c('"""\nabc\\q"""')
warnings.simplefilter("error")
c("x = 5\nx is 1")
c("x = 5\nx = \"\\d\"")
c("x = 5\nx = f\"{x}\\d\"")
c("(1, 2)(3)")
c("x = [1][1.5]")
c("assert (1, 2)")
c('"a\\777"')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 1\n'\\d'", "/x/mod.py", "exec")
    for m in w:
        print(m.category.__name__, m.message, m.filename, m.lineno)
warnings.simplefilter("error", SyntaxWarning)
warnings.filterwarnings("ignore", category=DeprecationWarning)
c('x is 1\n"\\d"')
c('"\\d"\nx is 1')
import ast
warnings.resetwarnings()
warnings.simplefilter("always")
print(ast.literal_eval('"\\d"'))
ast.parse("x is 1")
compile(ast.parse("x is 1"), "<ast>", "exec")
try:
    exec("def f(): x is 1\n")
except SyntaxError as e:
    print(e)
