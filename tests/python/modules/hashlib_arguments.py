# The hash modules' argument conversions and reprs, as CPython 3.11's clinic converters and
# _hashopenssl.c give them: blake2's unsigned parameters, SHAKE's digest lengths in _sha3 and
# _hashlib, _hashlib.HASH's repr and HASHXOF's base.
import _blake2, _sha3, _hashlib, hashlib, re


class Index:
    def __index__(self):
        return 3


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)


for kw in [dict(leaf_size=-1), dict(leaf_size=2**32), dict(leaf_size=2**32 - 1), dict(leaf_size=2**64),
           dict(leaf_size=True), dict(leaf_size=Index()), dict(leaf_size=2.5), dict(leaf_size="x"),
           dict(node_offset=-1), dict(node_offset=2**64), dict(node_offset=2**64 - 1), dict(node_offset=Index()),
           dict(node_offset=2.0), dict(fanout=2**40), dict(fanout=2**70), dict(depth=Index()),
           dict(node_depth=2**31), dict(node_depth=-1), dict(inner_size=-1), dict(digest_size=2**33)]:
    for c in (_blake2.blake2b, _blake2.blake2s):
        print(c.__name__, kw if not isinstance(next(iter(kw.values())), Index) else "Index", end=": ")
        show(lambda: c(b"data", **kw).hexdigest()[:16])

print(_blake2.blake2s(node_offset=2**48 - 1).hexdigest()[:16])
show(lambda: _blake2.blake2s(node_offset=2**48))

for name in ("shake_128", "shake_256"):
    for s in (getattr(_sha3, name)(b"x"), hashlib.new(name, b"x")):
        # (OpenSSL's XOF allocates what it is asked for: no huge lengths that fit a ssize_t there)
        big = [2**29, 2**32 + 10, 2**64 - 1] if type(s).__module__ == "_sha3" else []
        for L in [-10, -1, 0, 5, Index(), True, 2.0, 2**63, 2**64 + 10] + big:
            for m in ("digest", "hexdigest"):
                print(type(s).__module__, name, m, L if not isinstance(L, Index) else "Index", end=": ")
                show(lambda: getattr(s, m)(L))

print(issubclass(_hashlib.HASHXOF, _hashlib.HASH), _hashlib.HASHXOF.__mro__)
for n in ("md5", "sha1", "sha256", "sha512", "sha3_224", "shake_128", "shake_256", "blake2b", "blake2s", "sha512_256"):
    for h in (hashlib.new(n), _hashlib.new(n) if n not in ("blake2b", "blake2s") else None):
        if h is not None:
            print(n, re.sub("0x[0-9a-f]+", "ADDR", repr(h)), re.sub("0x[0-9a-f]+", "ADDR", str(h)), type(h).__name__)
print(re.sub("0x[0-9a-f]+", "ADDR", repr(_sha3.sha3_256())), re.sub("0x[0-9a-f]+", "ADDR", repr(hashlib.md5().copy())))

# HASH's own methods on a HASHXOF object give OpenSSL's default size for SHAKE
for n in ("shake_128", "shake_256"):
    x = hashlib.new(n, b"a")
    print(n, x.digest_size, _hashlib.HASH.digest_size.__get__(x), _hashlib.HASH.hexdigest(x), _hashlib.HASH.digest(x).hex(), x.hexdigest(4))
