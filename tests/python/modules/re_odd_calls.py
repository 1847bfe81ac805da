# Every method of _sre, Pattern, Match and SRE_Scanner called with odd arguments: results or CPython's errors
import _sre, re
p = re.compile(r'(?P<a>a)(b)?')
m = p.match('ab')
s = p.scanner('abab')
vals = [None, 0, -1, 2**64, 1.5, 'a', b'a', bytearray(b'a'), memoryview(b'a'), [], {}, (), True, -2**63, 2**31, re.compile('x')]
objs = [p, m, s, _sre]
out = []
for o in objs:
    for name in sorted(dir(o)):
        if name.startswith('__') and name not in ('__copy__', '__deepcopy__', '__class_getitem__'):
            continue
        f = getattr(o, name)
        if not callable(f):
            continue
        for args in [()] + [(v,) for v in vals] + [(v, w) for v in vals[:8] for w in vals[:8]] + [(v, w, 1) for v in vals[5:9] for w in vals[5:9]]:
            try:
                r = f(*args)
                out.append((name, 'ok', type(r).__name__))
            except Exception as e:
                out.append((name, type(e).__name__, str(e)[:80]))
for x in sorted(set(out)):
    print(x)
