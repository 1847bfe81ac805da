# Strings with non-BMP characters built with + and +=: they grow in place too (their code
# points read from the UTF-16 form when wanted); a lone surrogate keeps the copying path.
import time
def build(piece, n, start=''):
    s = start
    for _ in range(n):
        s += piece
    return s
t = time.perf_counter()
a = build('😀', 40000)
b = build('a', 40000, '😀')
c = build('é😀x', 20000)
print(len(a), len(b), len(c), a[-1] == '😀', b[:2], c[-3:], hash(a) == hash('😀' * 40000), a == '😀' * 40000, c.count('😀'))
parts = []
s = 'x' * 200
for i in range(300):
    s += '\U0001F600' if i % 3 else 'ü'
    if i % 50 == 0:
        parts.append(s)
print([len(p) for p in parts], parts[2][-4:], s[-4:], s[150:210].count('x'))
u = parts[1] + '\udc80'          # a lone surrogate joins: no tip
v = u + 'z' * 200
print(len(u), len(v), ascii(v[len(parts[1])]), v.encode('utf-8', 'surrogateescape')[-3:])
w = parts[1] + parts[2]
print(len(w), w == parts[1] + parts[2], w.find('\U0001F600'), w.rfind('ü'), w[::-1][:2] == (parts[2][-1] + parts[2][-2]))
print(time.perf_counter() - t < 30)
