# As hook_set_in_called_operation, through item stores and deletes, an operator dunder with a
# loop (called, not inlined), a callable instance, a partial, __setattr__ and a plain function.
import sys, functools
events = []
def tr(frame, event, arg):
    if frame.f_code.co_name == 'main':
        events.append((event, frame.f_lineno))
    return tr
N = 2000
def on(k):
    if k == N - 1:
        sys.settrace(tr)
        sys._getframe(2).f_trace = tr
class T:
    i = 0
    def __setitem__(self, k, v):
        on(T.i)
    def __delitem__(self, k):
        on(T.i)
    def __add__(self, o):
        for _ in range(1): pass
        on(T.i); return 1
    def __call__(self, k=0):
        on(T.i); return 1
    def __setattr__(self, n, v):
        on(T.i)
def plain(a):
    on(T.i); return 1
def main(which):
    t = T()
    p = functools.partial(plain)
    for i in range(N):
        T.i = i
        if which == 0: t[1] = 2
        if which == 1: del t[1]
        if which == 2: x = t + t
        if which == 3: x = t(1)
        if which == 4: x = p(1)
        if which == 5: t.a = 1
        if which == 6: x = plain(1)
        y = i + 1
    sys.settrace(None)
for w in range(7):
    events.clear()
    main(w)
    print(w, events)
