# A memoryview released by the __index__, __float__ or __bool__ its subscript or stored value
# calls refuses the access (gh-92888); the float formats take __float__ and __index__.
SIZE = 64


def attempt(label, make_view, action):
    state = {}

    def release():
        state["view"].release()

    class Index:
        def __index__(self):
            release()
            return 4

    class Float:
        def __float__(self):
            release()
            return 4.25

    class Bool:
        def __bool__(self):
            release()
            return True

    state["view"] = make_view()
    try:
        r = action(state["view"], Index, Float, Bool)
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


flat = lambda: memoryview(bytearray(b"\xff" * SIZE))
attempt("get index", flat, lambda m, I, F, B: m[I()])
attempt("get slice stop", flat, lambda m, I, F, B: list(m[:I()]))
attempt("get slice start", flat, lambda m, I, F, B: list(m[I():8]))
attempt("get 2-d first", lambda: flat().cast("B", (32, 2)), lambda m, I, F, B: m[I(), 0])
attempt("get 2-d second", lambda: flat().cast("B", (2, 32)), lambda m, I, F, B: m[0, I()])
attempt("set index", flat, lambda m, I, F, B: m.__setitem__(I(), 42))
attempt("set slice", flat, lambda m, I, F, B: m.__setitem__(slice(None, I()), b"spam"))
attempt("set 2-d", lambda: flat().cast("B", (32, 2)), lambda m, I, F, B: m.__setitem__((I(), 0), 42))
attempt("set value", flat, lambda m, I, F, B: m.__setitem__(0, I()))
for fmt in "bhilqnBHILQN":
    attempt("set value " + fmt, lambda: flat().cast(fmt), lambda m, I, F, B: m.__setitem__(0, I()))
for fmt in "fd":
    attempt("set float " + fmt, lambda: flat().cast(fmt), lambda m, I, F, B: m.__setitem__(0, F()))
attempt("set bool", lambda: flat().cast("?"), lambda m, I, F, B: m.__setitem__(0, B()))


class Half:
    def __float__(self):
        return 0.5


class Three:
    def __index__(self):
        return 3


m = memoryview(bytearray(8)).cast("d")
for v in (Half(), Three(), 2, True, "x", 1j):
    try:
        m[0] = v
        print(m[0])
    except Exception as e:
        print(type(e).__name__, e)
