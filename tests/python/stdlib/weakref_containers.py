import weakref, gc
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O({self.n})"
    def m(self): return self.n
objs = [O(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
wkd = weakref.WeakKeyDictionary({o: o.n for o in objs})
ws = weakref.WeakSet(objs)
print(len(wvd), len(wkd), len(ws), wvd[2], wkd[objs[3]], objs[1] in ws, sorted(wvd.keys()))
del objs[0], objs[0]
gc.collect()
print(len(wvd), len(wkd), len(ws), sorted(wvd.keys()), sorted(o.n for o in ws), sorted(wkd.values()))
print(wvd.get(0), 0 in wvd, wvd.get(2))
log = []
o = O(9)
f = weakref.finalize(o, log.append, 'finalized')
print(f.alive, f.peek()[2:])
del o
gc.collect()
print(log, f.alive)
def cleanup(*a): log.append(('atexit', a))
f2 = weakref.finalize(objs[0], cleanup, 1); print(f2()); print(f2(), log[-1])
wm = weakref.WeakMethod(objs[0].m); print(wm()(), wm() == objs[0].m)
x = O(7); wm2 = weakref.WeakMethod(x.m)
del x
gc.collect()
print(wm2())
p = weakref.proxy(objs[1]); print(p.n, p.m(), repr(p)[:10])
print(weakref.getweakrefcount(objs[1]) >= 1, type(weakref.ref(objs[1])).__name__)
print(sorted(k for k, v in wvd.items()), [sorted(d.items()) for d in [dict(wkd.items()) and {k.n: v for k, v in wkd.items()}]])
wvd2 = weakref.WeakValueDictionary()
wvd2['a'] = O(1)
gc.collect()
print(list(wvd2.keys()), len(wvd2))
ws2 = weakref.WeakSet([objs[1], objs[2]]); print(len(ws2 | ws), ws2 <= ws, len(ws2 - ws))
try: weakref.ref(1)
except TypeError as e: print(e)
