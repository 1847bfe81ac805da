import _struct as struct
class Idx:
    def __index__(self): return 7
class BadIdx:
    def __index__(self): return 2**70
for bo in "@=<>":
    for c in "bBhHiIlLqQnNP":
        if bo != "@" and c in "nNP": continue
        sz = struct.calcsize(bo+c)
        signed = c in "bhilqn"
        lo, hi = (-(1 << (8*sz-1)), (1 << (8*sz-1))-1) if signed else (0, (1 << 8*sz)-1)
        res = []
        for v in [lo-1, hi+1, -1, 2**64, -(2**64), 2**70, -2**70, Idx(), BadIdx(), True]:
            try:
                res.append(struct.pack(bo+c, v).hex())
            except Exception as e:
                res.append(f"{type(e).__name__}:{e}")
        print(bo+c, res)
for bo in "@<>":
    for v in [1e300, -1e300, float('inf'), float('nan'), 65520.0, 65519.99, 6e-8, 3e-8, 2.9802322387695312e-08, 1.5, 3.4028235677973366e+38,3.4028236e38,3.402823669e+38, -0.0, 1e-46, 7e-46, 1.401298464324817e-45]:
        r=[]
        for c in "efd":
            try: r.append(struct.pack(bo+c, v).hex())
            except Exception as e: r.append(f"{type(e).__name__}:{e}")
        print(bo, v, r)
