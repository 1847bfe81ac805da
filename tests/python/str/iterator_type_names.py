# iter(s) is a str_ascii_iterator for an exact str of ASCII code points and a str_iterator
# otherwise (non-ASCII, or a str subclass), as in CPython 3.11; both pickle and iterate alike.
import pickle
class S(str): pass
for s in ['', 'abc', '\x7f', '\x80', 'é', 'a\U0001f600', '\ud800', S('abc'), S(''), S('é')]:
    it = iter(s)
    t = type(it)
    print(ascii(s), t.__name__, t.__qualname__, t.__module__, it.__length_hint__(), list(it), type(it).__name__, it.__reduce__()[1:])
a, b = type(iter('a')), type(iter('é'))
print(a is b, a is type(iter('')), b is type(iter(S('a'))), a.__name__ < b.__name__)
it = iter('aéb'); next(it)
it2 = pickle.loads(pickle.dumps(it)); print(type(it2).__name__, list(it2))
it = iter('xyz'); next(it)
it2 = pickle.loads(pickle.dumps(it)); print(type(it2).__name__, list(it2))
for cls in (a, b):
    try: cls()
    except TypeError as e: print(e)
    try:
        class X(cls): pass
    except TypeError as e: print(e)
# iterate many strings of both kinds in a hot loop (the JIT guards the iterator's type)
n = 0
for w in ['ab', 'é', 'cd', 'ü\U0001f600'] * 300:
    for ch in w:
        n += ord(ch) % 7
print(n)
