#!/usr/bin/env python3
"""Complexity scan: times ordinary patterns (string building, container churn, slicing, search,
I/O buffers, serialization) at n and at 2n in one process and flags the ones whose time grows
more than 3x when n doubles -- a linear pattern doubles, a quadratic one quadruples.

    ./taipan tools/complexity-scan.py [N] [PATTERN ...]     # N defaults to 50000
    python3 tools/complexity-scan.py [N] [PATTERN ...]      # the same patterns under CPython

Each pattern first runs once at N/4 to warm up. JIT warm-up and collections make single ratios
noisy: rerun a flagged pattern alone at a larger N before believing it. Session 41 found four
quadratic paths this way (str +=, dict.popitem, list slice deletion, worst-case substring search);
session 42 found str methods on text with astral characters (each call scanned the whole string).
"""
import array, collections, copy, io, json, os, pickle, re, sys, tempfile, time


def str_iadd(n):
    s = ''
    for i in range(n): s += 'ab'
def str_iadd_nonbmp(n):
    s = ''
    for i in range(n): s += '\U0001F600'
def dict_popitem(n):
    d = dict.fromkeys(range(n))
    while d: d.popitem()
def set_pop(n):
    s = set(range(n))
    while s: s.pop()
def list_del_tail(n):
    l = list(range(n))
    while l: del l[-10:]
def str_in_worst(n):
    ('a' * 1000 + 'b') in 'a' * (n * 4)
def bytearray_iadd(n):
    b = bytearray()
    for i in range(n): b += b'ab'
def bytearray_append(n):
    b = bytearray()
    for i in range(n): b.append(i & 255)
def bytearray_extend(n):
    b = bytearray()
    for i in range(n): b.extend(b'xy')
def list_iadd(n):
    l = []
    for i in range(n): l += [i]
def deque_left(n):
    d = collections.deque()
    for i in range(n): d.appendleft(i)
    while d: d.pop()
def deque_rotate(n):
    d = collections.deque(range(1000))
    for i in range(n): d.rotate(1)
def odict_fifo(n):
    d = collections.OrderedDict()
    for i in range(n):
        d[i] = i
        if i > 100: d.popitem(last=False)
def odict_move(n):
    d = collections.OrderedDict((i, i) for i in range(1000))
    for i in range(n): d.move_to_end(i % 1000)
def dict_fifo(n):
    d = {}
    for i in range(n):
        d[i] = i
        if i > 100: del d[i - 100]
def dict_fifo_iter(n):
    d = {}
    for i in range(n):
        d[i] = i
        if i > 100: del d[next(iter(d))]
def set_fifo(n):
    s = set()
    for i in range(n):
        s.add(i)
        if i > 100: s.discard(i - 100)
def stringio_write(n):
    f = io.StringIO()
    for i in range(n): f.write('abc')
    f.getvalue()
def bytesio_write(n):
    f = io.BytesIO()
    for i in range(n): f.write(b'abc')
    f.getvalue()
def stringio_readline(n):
    f = io.StringIO('line\n' * n)
    for line in f: pass
def re_finditer(n):
    s = 'ab ' * n
    for m in re.finditer(r'\w+', s): pass
def re_sub(n):
    s = 'ab ' * n
    re.sub(r'b', 'c', s)
def re_search_pos(n):
    s = 'ab ' * n
    p = re.compile(r'b'); pos = 0
    while True:
        m = p.search(s, pos)
        if not m: break
        pos = m.end()
def str_split(n):
    ('ab ' * n).split()
def str_replace(n):
    ('ab ' * n).replace('b', 'cc')
def str_iter_emoji(n):
    s = '\U0001F600a' * n
    c = 0
    for ch in s: c += 1
def str_index_emoji(n):
    s = '\U0001F600a' * n
    for i in range(0, len(s), 7): s[i]
def str_slice_walk(n):
    s = 'abcdef' * n
    i = 0
    while i < len(s): s[i:i+6]; i += 6
def str_find_walk(n):
    s = 'abcdef' * n
    i = 0
    while True:
        i = s.find('c', i)
        if i < 0: break
        i += 1
def str_startswith_walk(n):
    s = 'abcdef' * n
    for i in range(0, len(s), 6): s.startswith('abc', i)
def str_find_walk_emoji(n):
    s = 'ab\U0001F600def' * n
    i = 0
    while True:
        i = s.find('d', i)
        if i < 0: break
        i += 1
def str_startswith_walk_emoji(n):
    s = 'ab\U0001F600def' * n
    for i in range(0, len(s), 6): s.startswith('de', i)
def str_methods_emoji(n):
    s = 'ab\U0001F600def' * n
    for i in range(n // 10): s.endswith('f'); s.startswith('a')
def str_slice_walk_emoji(n):
    s = 'ab\U0001F600def' * n
    for i in range(0, len(s), 6): s[i:i + 6]
def re_match_pos_emoji(n):
    s = 'ab\U0001F600def' * n
    p = re.compile('de')
    for i in range(0, len(s), 6): p.match(s, i + 3)
def tip_read_loop(n):
    s = ''
    for i in range(n):
        s += 'x'
        s[-1]
def tip_len_loop(n):
    s = ''
    for i in range(n):
        s += 'xy'
        if len(s) % 1000 == 0: s.endswith('y')
def array_append(n):
    a = array.array('i')
    for i in range(n): a.append(i)
def file_lines(n):
    with tempfile.TemporaryFile('w+') as f:
        f.write('hello world\n' * n); f.seek(0)
        for line in f: pass
def file_write_many(n):
    with tempfile.TemporaryFile('w') as f:
        for i in range(n): f.write('x')
def json_big(n):
    json.loads(json.dumps(list(range(n))))
def pickle_big(n):
    pickle.loads(pickle.dumps(list(range(n))))
def deepcopy_big(n):
    copy.deepcopy([[i] for i in range(n // 4)])
def list_index_end(n):
    l = list(range(1000))
    for i in range(n // 10): l.index(999)
def bytes_join(n):
    b''.join([b'ab'] * n)
def str_join(n):
    ''.join(['ab'] * n)
def counter_most(n):
    c = collections.Counter(i % 1000 for i in range(n)); c.most_common(10)
def int_str_roundtrip(n):
    for i in range(n // 10): int(str(i * 12345678901))
def sorted_sorted(n):
    l = list(range(n)); l.sort(); sorted(l, reverse=True)
def list_del_slice(n):
    l = list(range(n))
    while l: del l[-10:]
def list_pop_mid(n):
    l = list(range(2000))
    for i in range(n // 10): l.insert(1000, l.pop(1000))
def set_update_many(n):
    s = set()
    for i in range(n // 10): s.update(range(i, i + 10))
def dict_update_many(n):
    d = {}
    for i in range(n // 10): d.update({i: 1, i + 1: 2})
def bytearray_del_front(n):
    b = bytearray(n)
    while b: del b[:100]
def str_encode_big(n):
    ('aé' * n).encode('utf-8').decode('utf-8')
def reversed_str(n):
    ''.join(reversed('abc' * n))
def zip_longest_(n):
    import itertools
    for _ in itertools.zip_longest(range(n), range(n // 2)): pass
def getrandbits(n):
    import random
    r = random.Random(1)
    for i in range(n // 10): r.random()
def format_big_int(n):
    x = 7 ** (n // 100)
    len(hex(x))
def lines_splitlines(n):
    ('abc\n' * n).splitlines()
def textwrap_(n):
    import textwrap
    textwrap.wrap('word ' * (n // 10), 70)


N = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
only = sys.argv[2:]
for name, f in list(globals().items()):
    if not callable(f) or getattr(f, '__module__', None) != '__main__' or isinstance(f, type):
        continue
    if only and name not in only:
        continue
    f(N // 4)
    t0 = time.perf_counter(); f(N); t1 = time.perf_counter(); f(2 * N); t2 = time.perf_counter()
    a, b = t1 - t0, t2 - t1
    flag = '  <-- grows faster than linear' if b / max(a, 1e-9) > 3.0 and b > 0.05 else ''
    print(f"{name:22s} {a * 1e3:9.1f} ms {b * 1e3:9.1f} ms  x{b / max(a, 1e-9):5.2f}{flag}")
