import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count(3)), repr(count(3, 2)), repr(count(1.0)))
c = count(5); next(c); print(c, c.__reduce__())
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(repeat(3), repeat(3, 2), list(repeat('x', 3)), repeat(1, 5).__length_hint__())
print(list(accumulate([1,2,3,4])), list(accumulate([1,2,3], initial=10)), list(accumulate([3,1,4], max)), list(accumulate([])), list(accumulate([], initial=1)))
print(list(chain('ab', [1,2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1,0,1,0,1,1])))
print(list(dropwhile(lambda x: x<5, [1,4,6,4,1])), list(takewhile(lambda x: x<5, [1,4,6,4,1])), list(filterfalse(None, [0,1,0,2])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
g = groupby([1,1,2,2,3], key=lambda x: x); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(pairwise('ABCDE')), list(pairwise('A')))
print(list(starmap(pow, [(2,5), (3,2)])))
a, b = tee(iter([1,2,3])); print(list(a), list(b))
a, b, c = tee('abc', 3); print(next(a), list(b), list(a), list(c), type(a).__name__)
a, _ = tee([1]); d = a.__copy__(); print(list(a), list(d))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
class C(count):
    pass
x = C(3); x.attr = 1; print(x, x.attr, next(x), type(x).__name__)
try:
    count().x = 1
except AttributeError as e:
    print(e)
print(type(count()).__module__, count.__name__, count.__qualname__, type(groupby('a')).__name__)
print(chain[int])
def gen():
    print('started'); yield 1
g = chain(gen()); print('made'); print(next(g))
t = tee(iter(range(3)))
print(tee(t[0], 2)[0].__class__ is t[0].__class__)
print(list(islice(count(), 1, 10, 3)))
print(list(map(tuple, [range(3)])))
print(next(groupby([])) if False else 'ok')
# laziness: nothing is pulled before next()
def noisy(tag, n):
    for i in range(n):
        print('pull', tag, i)
        yield i
z = zip_longest(noisy('a', 2), noisy('b', 1), fillvalue=None)
print('zip made'); print(list(z))
s = islice(noisy('s', 10), 1, 3)
print('islice made'); print(list(s))
a, b = tee(noisy('t', 2))
print('tee made'); print(next(b), next(a), list(a), list(b))
g = groupby(noisy('g', 3), key=lambda x: x // 2)
print('groupby made'); print([(k, list(v)) for k, v in g])
def reenter():
    yield next(t1)
t1, t2 = tee(reenter())
try:
    next(t1)
except RuntimeError as e:
    print(type(e).__name__, e)
class P(product):
    def extra(self): return 'extra'
pp = P('ab', repeat=2); print(pp.extra(), list(pp), type(pp).__name__)
