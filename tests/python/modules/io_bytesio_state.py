# io.BytesIO pickles (protocol 2+) and copies through __getstate__/__setstate__ (value, position, dict).
import io, pickle, copy
b = io.BytesIO(b"abcdef"); b.seek(2); b.x = 1
for p in range(2, 6):
    c = pickle.loads(pickle.dumps(b, p)); print(p, c.getvalue(), c.tell(), c.x)
print(b.__getstate__())
for bad in (None, (b"x", 1), (b"x", -1, None), ("x", 0, None), (b"x", 1.0, None), (b"x", 0, 5)):
    try: io.BytesIO().__setstate__(bad); print("ok", bad)
    except Exception as e: print(type(e).__name__, e)
print(copy.copy(b).getvalue(), copy.deepcopy(b).tell())
