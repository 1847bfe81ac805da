import zlib
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION)
d = b"hello hello hello world " * 20
for lv in [-1, 0, 1, 6, 9]:
    print(lv, zlib.compress(d, lv).hex()[:60], zlib.compress(d, lv, wbits=-15).hex()[-20:], zlib.compress(d, lv, 31).hex()[:40])
for f in [lambda: zlib.compress(d, 10), lambda: zlib.compress(d, wbits=7), lambda: zlib.compress(d, wbits=40),
  lambda: zlib.decompress(b"xx"), lambda: zlib.decompress(b"x\x9c"), lambda: zlib.decompress(zlib.compress(d)[:-1]), lambda: zlib.decompress(zlib.compress(d), wbits=-15), lambda: zlib.decompress(zlib.compress(d), wbits=40),
  lambda: zlib.decompress(zlib.compress(d)+b"junk") == d, lambda: zlib.decompress(zlib.compress(d, wbits=31), wbits=47) == d, lambda: zlib.decompress(zlib.compress(d), wbits=47) == d, lambda: zlib.decompress(zlib.compress(d, wbits=31), wbits=31) == d,
  lambda: zlib.decompress(zlib.compress(d), bufsize=0), lambda: zlib.decompress(zlib.compress(d), bufsize=1) == d, lambda: zlib.compressobj(10), lambda: zlib.compressobj(wbits=50), lambda: zlib.decompressobj(wbits=50),
  lambda: zlib.compressobj(method=9), lambda: zlib.compressobj(memLevel=10), lambda: zlib.compressobj(strategy=9).compress(b"x"), lambda: zlib.decompressobj().decompress(b"x", -1), lambda: zlib.decompressobj().flush(0), lambda: zlib.decompressobj().decompress(b"garbage"),
  lambda: zlib.crc32(b"abc"), lambda: zlib.crc32(b"abc", 5), lambda: zlib.adler32(b"abc"), lambda: zlib.adler32(b"abc", 2**33), lambda: zlib.decompress(b""), lambda: zlib.compress(""), 
  lambda: zlib.compressobj().flush(7), lambda: zlib.decompress(zlib.compress(d, wbits=31)[:-3], wbits=31), lambda: zlib.decompress(zlib.compress(d, wbits=31)[:-4]+b"\0\0\0\0", wbits=31), lambda: zlib.decompress(zlib.compress(d)[:-4] + b"abcd")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
c = zlib.compressobj(6, zlib.DEFLATED, -15); out = c.compress(d) + c.flush(zlib.Z_SYNC_FLUSH); print(out.hex()[-30:]); out += c.compress(b"more"); out += c.flush(); print(out.hex()[-30:])
try: c.compress(b"x")
except Exception as e: print(type(e).__name__, e)
try: c.flush()
except Exception as e: print(type(e).__name__, e)
dc = zlib.decompressobj(-15); r = dc.decompress(out[:50]); r += dc.decompress(out[50:] + b"TAIL", 10); print(len(r), dc.unconsumed_tail[:5], dc.unused_data, dc.eof)
while dc.unconsumed_tail: r += dc.decompress(dc.unconsumed_tail, 10)
print(r == d + b"more", dc.unused_data, dc.eof, dc.flush())
dc = zlib.decompressobj(); print(dc.decompress(zlib.compress(b"abc") + b"xyz"), dc.unused_data, dc.eof, dc.decompress(b"more"), dc.unused_data)
c1 = zlib.compressobj(); c1.compress(b"abc"); c2 = c1.copy(); print(c1.flush() == c2.flush())
zd = b"hello world"; c = zlib.compressobj(zdict=zd); z = c.compress(b"hello world hello") + c.flush(); print(z.hex())
dcz = zlib.decompressobj(zdict=zd); print(dcz.decompress(z))
try: zlib.decompress(z)
except Exception as e: print(type(e).__name__, e)
g = zlib.compressobj(9, zlib.DEFLATED, 31); gz = g.compress(d) + g.flush(); print(gz.hex()[:40], gz.hex()[-16:])
dg = zlib.decompressobj(47); print(dg.decompress(gz[:5]) + dg.decompress(gz[5:] + b"zz") == d, dg.eof, dg.unused_data)
print(sorted(n for n in dir(zlib) if not n.startswith("__")))
