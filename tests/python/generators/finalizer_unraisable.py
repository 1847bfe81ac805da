# Errors in finalizers go to sys.unraisablehook (UnraisableHookArgs), never to the program.
import gc
import sys

print(sys.unraisablehook is sys.__unraisablehook__, type(sys.unraisablehook).__name__)
seen = []
def hook(u):
    seen.append(u)
    print("hook:", u.exc_type.__name__, repr(u.exc_value), u.err_msg, type(u.object).__name__,
          u.exc_traceback.tb_frame.f_code.co_name if u.exc_traceback else None)
sys.unraisablehook = hook

class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
del b
gc.collect()
print("program continues")

class CallsHelper:
    def __del__(self):
        self.helper()
    def helper(self):
        {}["missing"]
c = CallsHelper()
c = None
gc.collect()
tb = seen[-1].exc_traceback
names = []
while tb:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(names)

def gen():
    try:
        yield 1
    finally:
        1 / 0
g = gen()
next(g)
del g
gc.collect()

def broken_hook(u):
    raise RuntimeError("hook failed")
sys.unraisablehook = broken_hook
sys.unraisablehook = hook
b = Bad()
del b
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(len(seen), sys.unraisablehook is sys.__unraisablehook__)
seen.clear()
