import operator, _operator
print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.itemgetter is _operator.itemgetter)
for n in operator.__all__:
    f = getattr(_operator, n)
    if isinstance(f, type): continue
    msgs = []
    for args in [(), (1, 2, 3, 4)]:
        try: f(*args)
        except TypeError as e: msgs.append(str(e))
    try: f(x=1)
    except TypeError as e: msgs.append(str(e))
    print(n, '|', ' | '.join(msgs))
o = operator
for t in ['o.itemgetter()', 'o.itemgetter(1)(1,2)', 'o.attrgetter(1)', 'o.attrgetter()', 'o.methodcaller()', 'o.methodcaller(1)', 'repr(o.methodcaller("f", 1, x=2))', 'repr(o.attrgetter("a.b", "c"))', 'repr(o.itemgetter(1, "a"))', 'o.itemgetter(1).__reduce__()', 'o.attrgetter("a.b").__reduce__()', 'o.methodcaller("f", 1, x=2).__reduce__()', 'o.methodcaller("f", 1).__reduce__()', 'o.concat(1, 2)', 'o.concat([1], 2)', 'o.indexOf([1], 2)', 'o.length_hint([1,2])', 'o.length_hint(iter([1,2]))', 'o.length_hint(1, 5)', 'o.length_hint(1, "a")', 'o.index(1.5)', 'o.call(len, [1])', 'o.attrgetter("a")(1)', 'o.methodcaller("f")(1)', 'o.itemgetter(5)([1])', 'o.countOf([1,1,2], 1)', 'o.ipow(2, 3)', 'o.pow(2, -1)', 'o.not_(0)', 'o.truth([])', 'o.attrgetter("a..b")', '_operator._compare_digest("a", b"a")', '_operator._compare_digest("é", "é")', '_operator._compare_digest(b"ab", bytearray(b"ab"))', '_operator._compare_digest(1,2)', '_operator._compare_digest("ab","ab")', '_operator._compare_digest("ab","ac")',
    'o.itemgetter(1, 0)("ab")', 'o.itemgetter(slice(1, None))([1, 2, 3])', 'o.methodcaller("split", ",", maxsplit=1)("a,b,c")', 'o.attrgetter("real", "imag")(3+4j)', 'o.attrgetter("__class__.__name__")(1)', 'o.lt(1, 2)', 'o.eq("a", "a")', 'o.is_(None, None)', 'o.neg(3)', 'o.inv(5)', 'o.iconcat([1], [2])', 'o.contains("abc", "b")', 'o.getitem({1: 2}, 1)', 'o.matmul(1, 2)', 'o.xor(5, 3)', 'o.floordiv(7, 2)', 'o.mod("%s", 1)', 'o.length_hint(range(5))']:
    try: print(t, '->', eval(t))
    except Exception as e: print(t, '!!', type(e).__name__, e)
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l)
class C:
    def __length_hint__(self): return NotImplemented
class D:
    def __length_hint__(self): return -1
print(o.length_hint(C(), 7))
try: o.length_hint(D())
except ValueError as e: print(e)
print(sorted([(1, 'b'), (0, 'a')], key=o.itemgetter(1)))
