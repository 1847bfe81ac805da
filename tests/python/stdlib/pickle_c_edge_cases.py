# _pickle edge cases a tester found: FLOAT overflow, BINSTRING's unsigned size, the option
# errors' function names, and addresses/keys that must be id()'s.
import pickle, io
for d in (b"F1e400\n.", b"F-1e400\n.", b"Finf\n.", b"F1.5\n.", b"T\xff\xff\xff\xffab"):
    try:
        print(repr(pickle.loads(d)))
    except Exception as e:
        print(type(e).__name__, e)
for f in ("loads", "load", "Unpickler"):
    for kw in ("encoding", "errors"):
        try:
            if f == "loads": pickle.loads(b"N.", **{kw: 5})
            elif f == "load": pickle.load(io.BytesIO(b"N."), **{kw: 5})
            else: pickle.Unpickler(io.BytesIO(b"N."), **{kw: 5})
        except Exception as e:
            print(f, type(e).__name__, e)
x = [1]
p = pickle.Pickler(io.BytesIO(), 2)
p.dump([x])
print(id(x) in p.memo.copy())
r = []; r.append(r)
p = pickle.Pickler(io.BytesIO(), 2); p.fast = 1
try:
    p.dump(r)
except ValueError as e:
    print(str(e).endswith(hex(id(r))), str(e).split(" at ")[0])
