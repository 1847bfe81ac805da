import _blake2, _md5, _sha3, _sha256
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k"*65), dict(salt=b"s"*17), dict(person=b"p"*17), dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65), dict(digest_size="x"), dict(key="abc"), dict(foo=1)]:
    try: print(_blake2.blake2b(**kw).hexdigest())
    except Exception as e: print(kw, type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b"k"*33), dict(salt=b"s"*9), dict(node_offset=2**48), dict(inner_size=33)]:
    try: print(_blake2.blake2s(**kw).hexdigest())
    except Exception as e: print(kw, type(e).__name__, e)
for f in [lambda: _md5.md5("abc"), lambda: _md5.md5(1), lambda: _md5.md5(b"a", b"b"), lambda: _md5.md5(string=b"a").hexdigest(), lambda: _md5.md5(data=b"a"), lambda: _md5.md5().update("x"),
  lambda: _sha3.shake_128(b"").digest(), lambda: _sha3.shake_128(b"").hexdigest(-1), lambda: _sha3.shake_128(b"").hexdigest(2**40),lambda: _sha3.sha3_224().digest_size, lambda: _md5.md5(usedforsecurity=False).name, lambda: _sha256.sha224().name,
  lambda: _blake2.blake2b(b"x", digest_size=20).name, lambda: (_blake2.blake2b.SALT_SIZE, _blake2.blake2b.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2b.MAX_DIGEST_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE),
  lambda: type(_md5.md5()), lambda: type(_sha3.shake_256()), lambda: _sha3.shake_256().digest_size, lambda: _sha3.shake_256().block_size, lambda: _sha3.sha3_224().block_size,
  lambda: _md5.md5(memoryview(b"abc")).hexdigest(), lambda: _md5.md5(bytearray(b"abc")).hexdigest(), lambda: sorted(n for n in dir(_blake2) if not n.startswith("__")),
  lambda: sorted(n for n in dir(_md5.md5()) if not n.startswith("__")),
  ]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import _hashlib
for f in [lambda: _hashlib.new("md5", b"a").name, lambda: _hashlib.new("SHA256").name, lambda: _hashlib.new("foo"), lambda: _hashlib.new("sha512_256").digest_size, lambda: _hashlib.new("blake2b").name,
  lambda: _hashlib.new("shake_128").digest(4), lambda: type(_hashlib.new("shake_128")), lambda: _hashlib.openssl_sha256(b"a").hexdigest(), lambda: _hashlib.openssl_md5(string=b"a").hexdigest(),
  lambda: _hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex(), lambda: _hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 3, 50).hex(), lambda: _hashlib.pbkdf2_hmac("foo", b"pw", b"salt", 3),
  lambda: _hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 0), lambda: _hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 1, 0), lambda: _hashlib.hmac_digest(b"k", b"m", "sha256").hex(),
  lambda: _hashlib.hmac_new(b"k", b"m", "md5").hexdigest(), lambda: _hashlib.hmac_new(b"k", b"m", "md5").name, lambda: _hashlib.hmac_new(b"k", digestmod="sha512").block_size, lambda: _hashlib.hmac_new(b"k"),
  lambda: _hashlib.hmac_new(b"k", digestmod="foo"), lambda: _hashlib.compare_digest(b"a", b"a"), lambda: _hashlib.compare_digest("a", "b"), lambda: _hashlib.compare_digest("é", "é"), lambda: _hashlib.compare_digest(1, 2), lambda: _hashlib.compare_digest("a", b"a"),
  lambda: _hashlib.get_fips_mode(), lambda: type(_hashlib.hmac_new(b"k", digestmod="md5")), lambda: _hashlib.hmac_new(b"k", digestmod=_hashlib.openssl_sha1).name, lambda: _hashlib.UnsupportedDigestmodError.__mro__,
  lambda: _hashlib.new("md5", usedforsecurity=False).name, lambda: _hashlib.new(name="md5", string=b"a").hexdigest(), lambda: _hashlib.new("md5", data=b"a"),
  lambda: _hashlib.openssl_sha1(b"x").copy().hexdigest(), lambda: _hashlib.new("sha3_256").block_size,
  ]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import _sha1, _sha512
for f in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512, _sha3.sha3_224, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]:
    h = f(b"abc"); h.update(b"def" * 100); c = h.copy(); c.update(b"!")
    print(h.name, h.hexdigest(), c.hexdigest()[:16], h.digest()[:4])
x = _sha3.shake_256(b"abc"); print(x.hexdigest(200)[-20:], x.digest(0), x.copy().digest(5))
print(_blake2.blake2b(b"", key=b"k" * 64, digest_size=64).hexdigest()[:32], _blake2.blake2s(b"z" * 65, salt=b"s" * 8, person=b"p" * 8).hexdigest())
