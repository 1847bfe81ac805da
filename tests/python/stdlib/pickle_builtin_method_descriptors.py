# The raw descriptors in a builtin type's __dict__ cannot be pickled (CPython's
# classmethod_descriptor and staticmethod types define no __reduce__), while the
# methods read through the class pickle by name.
import pickle

descriptors = [bytearray.__dict__['maketrans'], dict.__dict__['fromkeys'],
               int.__dict__['from_bytes'], bytes.__dict__['fromhex']]
for d in descriptors:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for dumps in (pickle.dumps, pickle._dumps):
            try:
                dumps(d, proto)
                print(type(d).__name__, proto, "pickled")
            except TypeError as e:
                print(type(d).__name__, proto, type(e).__name__, e)
    for name in ("__reduce__", "__reduce_ex__"):
        try:
            print(getattr(d, name)(*([2] if name == "__reduce_ex__" else [])))
        except TypeError as e:
            print(name, type(e).__name__, e)
    print("has own __reduce__:", "__reduce__" in type(d).__dict__)

for m, args in [(dict.fromkeys, ("ab",)), (bytearray.maketrans, (b"ab", b"xy")),
                (int.from_bytes, (b"\x01\x02", "big")), (bytes.fromhex, ("ff00",))]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        u = pickle.loads(pickle.dumps(m, proto))
        v = pickle.loads(pickle._dumps(m, proto))
        print(proto, u(*args) == m(*args), v(*args) == m(*args))
