# Exceptions the runtime raises carry no instance dict (their fields are not in one), so they reduce
# to (type, args) and pickle as CPython's, before and after traceback formatting reads them.
import pickle, traceback, sys
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e.__reduce__(), pickle.dumps(e, 2))
        traceback.format_exception(e)
        print(' after format', len(e.__reduce__()))
show(lambda: 1/0)
show(lambda: [][1])
show(lambda: {}['k'])
show(lambda: undefined_name)
show(lambda: (1).nope)
show(lambda: open('/nonexistent/q'))
show(lambda: int('x'))
show(lambda: b'\xff'.decode())
show(lambda: 'é'.encode('ascii'))
show(lambda: next(iter([])))
show(lambda: sys.exit(3))
show(lambda: __import__('no_such_module_q'))
show(lambda: compile('x = (', 'f.py', 'exec'))
def g():
    return 5
    yield
show(lambda: next(g()))
