# Keyword calls while a profile function is set: no SystemError (KW_NAMES before an armed CALL),
# and the c_call/c_return events of builtins called with keywords.
import sys
ev = []
def prof(frame, event, arg):
    if event.startswith("c_") or frame.f_code.co_name == "f":
        ev.append((event, getattr(arg, "__name__", None)))
def f(a, b=1):
    return a + b
sys.setprofile(prof)
r = f(1, b=2)
print(3, end="\n")
s = sorted([3, 1], key=None, reverse=True)
sys.setprofile(None)
print(r, s, ev)
