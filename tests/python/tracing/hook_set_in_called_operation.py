# A trace function set from inside an operation a traced loop calls (a __getattr__, __call__,
# __eq__, __contains__, __lt__, a keyword call, __getitem__/__setitem__/__delitem__) and given to the
# loop's frame: the rest of the iteration reports its lines, as in CPython.
import sys
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
    def __getattr__(self, n):
        on(T.i); return 1
    def __call__(self, k=0):
        on(T.i); return 1
    def __eq__(self, o):
        on(T.i); return False
    def __contains__(self, o):
        on(T.i); return False
    def __lt__(self, o):
        on(T.i); return False
def kw(a, b=0):
    for _ in range(1): pass
    on(T.i); return 1
def main(which):
    t = T()
    for i in range(N):
        T.i = i
        if which == 0: x = t.attr
        if which == 1: x = t(k=1)
        if which == 2: x = t == 5
        if which == 3: x = 5 in t
        if which == 4: x = kw(1, b=2)
        if which == 5: x = t < t
        y = i + 1
    sys.settrace(None)
for w in range(6):
    events.clear()
    main(w)
    print(w, events)
