# Pattern objects: equality and hashing, copies, weak references, attributes; the buffer a scanner holds
import copy, re, weakref

p1, p2 = re.compile('a+b', re.I), re.compile('a+b', re.I)
print(p1 == p2, p1 != p2, hash(p1) == hash(p2), p1 == re.compile('a+b'), p1 == re.compile(b'a+b', re.I), p1 == 'a+b')
print(re.compile('x') == re.compile('x', re.U), re.compile('(?i)x') == re.compile('x', re.I), len({p1, p2}))
print(copy.copy(p1) is p1, copy.deepcopy(p1) is p1, p1.__copy__() is p1, p1.__deepcopy__({}) is p1)
r = weakref.ref(p1)
print(r() is p1, type(p1).__name__, type(p1).__module__, p1.pattern, p1.flags, p1.groups, dict(p1.groupindex))
p = re.compile(r'(?P<a>x)(y)(?P<b>z)?')
print(p.groups, sorted(p.groupindex.items()), type(p.groupindex).__name__, p.match('xy').lastgroup, p.match('xyz').lastgroup)
try:
    p.groupindex['c'] = 3
except TypeError as e:
    print('TypeError', e)
for a in ['pattern', 'flags', 'groups', 'groupindex']:
    try:
        setattr(p, a, None)
    except AttributeError as e:
        print('AttributeError', e)
b = bytearray(b'xaxa')
it = re.finditer(b'a', b)
try:
    b.extend(b'!')
except BufferError as e:
    print('BufferError', e)
print([m.span() for m in it])
b.extend(b'!')
m = re.search(b'a', b)
b.extend(b'?')
print(b, m.span(), m.group())
print(re.purge(), re.compile('q') is re.compile('q'), re.template('x') if False else None)
