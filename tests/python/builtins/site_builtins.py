# The builtins CPython's site module adds (copyright, credits, license, exit, quit, help): the
# types and reprs of _sitebuiltins' _Printer, Quitter and _Helper, calling them, and their
# argument errors (they are Python methods in CPython).
import sys
print(repr(copyright)[:40]); print(type(license).__name__, type(license).__module__)
print(repr(credits))
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
print(type(help).__name__, type(help).__module__, repr(help))
credits()
print(str(copyright) == repr(copyright), callable(license))
for bad in (lambda: credits(1), lambda: exit(1, 2), lambda: credits(x=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    exit(code=4)
except SystemExit as e:
    print('SystemExit', e.code, sys.stdin.closed)
try:
    quit()
except SystemExit as e:
    print('SystemExit', e.code, e.args)
print(repr(license) == 'Type license() to see the full license text' or repr(license).startswith('See '))
import builtins
print([n for n in ('copyright', 'credits', 'license', 'exit', 'quit', 'help') if hasattr(builtins, n)])
