# Subscripts of constants folded at compile time (fold_subscr): `x is "b"[0]` warns as `x is "b"`, the folded
# values are the run-time ones, and subscripts that would raise (or slices) stay run-time operations.
import warnings
def warned(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        code = compile(src, "<s>", "exec")
    return [str(m.message) for m in w], code
for src in ['x = 1\nx is "b"[0]', 'x = 1\nx is not (1, 2)[1]', 'x = 1\nx is b"ab"[-1]', 'x = 1\nx is (None, 1)[0]',
            'x = 1\nx is "abc"[1:]', 'x = 1\nx is "abc"[5]', 'x = 1\nx is (1, 2)[True]', 'x = 1\nx is "ab"[2**70]']:
    msgs, code = warned(src)
    print(repr(src), msgs)
def f():
    return "xyz"[2], "xyz"[-3], b"\x00\xff"[1], ((1, 2), "t")[0], ("a", "b")[False], "h\xe9llo"[1]
print(f(), [c for c in f.__code__.co_consts if c is not None])
for bad in ["'abc'[5]", "'abc'[-4]", "(1,2)[2]", "b''[0]", "(1,2)[1.0]", "'ab'[2**70]", "'a\\U0001F600b'[1]", "'\\ud800x'[0]"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print("abc"[1:], (1, 2, 3)[::2], "abc"[-1:])
