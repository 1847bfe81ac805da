# BaseException's own attributes may not be deleted; add_note needs __notes__ to be a list.
for n in ('__cause__', '__context__', '__traceback__', 'args', '__suppress_context__', '__notes__'):
    e = Exception()
    try:
        delattr(e, n)
        print(n, 'deleted')
    except Exception as x:
        print(n, type(x).__name__, x)

e = Exception()
e.add_note("one")
print(e.__notes__)
del e.__notes__
print(hasattr(e, '__notes__'))
for bad in (42, (1,), "abc"):
    e.__notes__ = bad
    try:
        e.add_note("x")
    except TypeError as x:
        print(type(x).__name__, x, e.__notes__)
class L(list):
    pass
e.__notes__ = L()
e.add_note("y")
print(e.__notes__, type(e.__notes__).__name__)
try:
    e.add_note(3)
except TypeError as x:
    print(x)
