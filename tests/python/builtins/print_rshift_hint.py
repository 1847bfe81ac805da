# print >> stream (Python 2 syntax) gets CPython's hint; other builtins and operators do not
import sys

class NoRShift:
    def __rrshift__(self, other):
        return NotImplemented

class RRShift:
    def __rrshift__(self, other):
        return "rrshift got " + other.__name__

for label, thunk in [("stderr", lambda: print >> sys.stderr), ("int", lambda: print >> 42),
                     ("NotImplemented", lambda: print >> NoRShift()), ("max", lambda: max >> sys.stderr),
                     ("lshift", lambda: print << sys.stderr), ("tuple", lambda: (print >> sys.stderr, "message"))]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)
print(print >> RRShift())
