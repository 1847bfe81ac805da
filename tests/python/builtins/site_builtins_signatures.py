# The builtins site adds are instances of _sitebuiltins' Python classes in CPython: inspect reads
# the signature of their __call__, they show the module, and their __dict__ holds what their
# __init__ set (exit.name, exit.eof; a _Printer's private attributes).
import inspect
import builtins

for name in ("help", "exit", "quit", "copyright", "credits", "license"):
    o = getattr(builtins, name)
    t = type(o)
    print(name, inspect.signature(o), t.__name__, t.__qualname__, t.__module__, o.__module__)
    print("  ", repr(t), callable(o), "__call__" in vars(t), "__module__" in vars(t))

print(exit.name, exit.eof, quit.name, sorted(vars(exit)))
print(vars(help))
print(sorted(vars(credits)), credits._Printer__name, credits.MAXLINES, type(credits).MAXLINES)
print(ascii(credits._Printer__data[:20]), credits._Printer__lines)
print(copyright._Printer__data == __import__("sys").copyright)
print(license._Printer__filenames[-2:])
repr(credits)
print(credits._Printer__lines[0][:30], credits._Printer__linecnt)

exit.name = "leave"
print(repr(exit))
exit.name = "exit"
help.note = 1
print(vars(help))
del help.note

try:
    exit.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    help.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    inspect.signature(exit).bind(1, 2)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(exit).bind(code=3).arguments)
print(inspect.signature(help).bind(1, x=2).arguments)
try:
    exit.__call__(7)
except SystemExit as e:
    print("SystemExit", e.code)
