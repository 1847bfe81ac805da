import hashlib, hmac
data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
             "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    c = getattr(hashlib, name)()
    c.update(data[:10]); d = c.copy(); c.update(data[10:]); d.update(data[10:])
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest() == c.hexdigest() == d.hexdigest(), h.hexdigest())
print(hashlib.shake_128(data).hexdigest(20), hashlib.shake_256(data).hexdigest(40))
print(hashlib.new("shake_256", b"").digest(3), hashlib.sha256(b"a" * 1000).hexdigest())
print(hashlib.blake2b(data, digest_size=16, key=b"key", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2s(data, digest_size=20, key=b"k" * 32, fanout=2, depth=3, leaf_size=7, node_offset=9,
                      node_depth=1, inner_size=5, last_node=True).hexdigest())
print(hashlib.blake2b(b"x" * 300).hexdigest(), hashlib.blake2s(b"y" * 64).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 500, 40).hex())
print(hmac.new(b"key", data, "sha256").hexdigest(), hmac.digest(b"k" * 200, data, "sha512").hex())
print(hmac.new(b"key", data, hashlib.md5).hexdigest(), hmac.new(b"key", digestmod="blake2s").hexdigest())
m = hmac.new(b"key", digestmod=hashlib.sha1); m.update(data); print(m.name, m.digest_size, m.block_size, m.copy().hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
print(sorted(hashlib.algorithms_guaranteed))
for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hashlib.md5(1),
            lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.shake_128().digest(-1),
            lambda: hmac.new(b"k", b"m")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
