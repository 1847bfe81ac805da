import _struct as struct
tests = [
 ("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**31), ("I", -1), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1), ("n", 2**63), ("N", -1), ("P", -1),("P", 2**64),
 ("<b", 200), ("<B", 256), ("<h", 70000), ("<H", -1), ("<i", 2**31), ("<I", -1), ("<l", 2**63), ("<L", -1), ("<q", 2**63), ("<Q", -1),
 (">b", 200), (">B", 256), (">h", 70000), (">H", -1), (">i", 2**31), (">I", 2**32), ("!q", 2**64),
 ("i", 1.5), ("i", "x"), ("<i", 1.5), ("f", "x"), ("d", "x"), ("<f", "x"), ("<d",None),("e", "x"), ("c", b"ab"), ("c", "a"), ("<c", 1),
 ("f", 1e300), ("<f", 1e300), ("e", 1e300), ("<e", 70000.0), ("s", 1), ("p", "a"), ("?", []),
 ("<n", 1), ("<N", 1), ("<P", 1), ("=e",1.0),("z",1),("3",1),("i i",1),("4",),("ii",1),("i",1,2),("bad\0",1)]
for t in tests:
    try:
        print(t, struct.pack(*t))
    except Exception as e:
        print(t, type(e).__name__, e)
for f in ["", "i", "ii", "@ci", "=ci", "<ci", "cd", "c q", "3s2p", "0s", "5x", "!", "@iiq", "P", "?e", "ddc", "3"]:
    try: print(repr(f), struct.calcsize(f))
    except Exception as e: print(repr(f), type(e).__name__, e)
for args in [("i", b"abc"), ("ii", b"12345678"), ("2s", b"a"), ("i", "abcd"), ("h", bytearray(b"ab")), ("<e", b"\x00\x3c"),("p", b"\x05ab"), ("3p", b"\x05ab"),("?", b"\x02")]:
    try: print(args, struct.unpack(*args))
    except Exception as e: print(args, type(e).__name__, e)
try: struct.unpack_from("i", b"abc", 1)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("i", b"abcdefg", -10)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("i", b"abcdefg", 10)
except Exception as e: print(type(e).__name__, e)
b = bytearray(5)
for off in [2, -1, 10, -10]:
  try: struct.pack_into("i", b, off, 1)
  except Exception as e: print(type(e).__name__, e)
try: struct.pack_into("i", bytes(5), 0, 1)
except Exception as e: print(type(e).__name__, e)
try: struct.iter_unpack("i", b"abcde")
except Exception as e: print(type(e).__name__, e)
try: struct.iter_unpack("", b"abcde")
except Exception as e: print(type(e).__name__, e)
s = struct.Struct("<ih"); print(s.format, s.size)
it = s.iter_unpack(b"x"*12); print(it.__length_hint__(), list(it), it.__length_hint__())
print(struct.Struct(b"i").format)
try: struct.Struct(1)
except Exception as e: print(type(e).__name__, e)
try: struct.pack()
except Exception as e: print(type(e).__name__, e)
try: struct.pack(1)
except Exception as e: print(type(e).__name__, e)
print(struct.error, struct.error.__module__, struct.error.__mro__)
print(sorted(x for x in dir(struct) if not x.startswith("__")))
print(sorted(x for x in dir(struct.Struct) if not x.startswith("__")))
