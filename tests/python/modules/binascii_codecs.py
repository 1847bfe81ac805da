import binascii
data = bytes(range(256)) + b"hello world" * 3
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"abc", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcdef", "_", -4))
print(binascii.unhexlify("01abFF"), binascii.a2b_hex(b"00ff"), binascii.unhexlify(bytearray(b"7a")))
for bad in ["abc", "zz", "é1"]:
    try: binascii.unhexlify(bad)
    except Exception as e: print(type(e).__name__, e)
print(binascii.b2a_base64(b""), binascii.b2a_base64(b"a"), binascii.b2a_base64(b"ab", newline=False), binascii.b2a_base64(data)[:40])
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
for s in [b"YQ==", b"YQ", b"YQ=", b"Y", b"YWJj", b"YW Jj\n", b"Y!Q==", b"YQ==YQ==", b"=YQ==", b"YQ=a=", b"YWJjZA=", b"YWJjZ", b"abcde", b"", b"====", "YWI="]:
    for strict in (False, True):
        try: print(s, strict, binascii.a2b_base64(s, strict_mode=strict))
        except Exception as e: print(s, strict, type(e).__name__, e)
try: binascii.a2b_base64("é")
except Exception as e: print(type(e).__name__, e)
try: binascii.a2b_base64(5)
except Exception as e: print(type(e).__name__, e)
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b"", 2**40 + 5), binascii.crc32(b"x", -1))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xffff), binascii.crc_hqx(b"", 0x12345))
for d in [b"", b"a", b"abc", b"hello world!", bytes(range(45))]:
    e = binascii.b2a_uu(d); print(e, binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(e) == d)
print(binascii.a2b_uu(b""), binascii.a2b_uu(b"!80``\n"), binascii.a2b_uu("#86)C"))
for bad in [b"\x7f", b"!80`x", b"#86)C  junk"]:
    try: print(binascii.a2b_uu(bad))
    except Exception as e: print(type(e).__name__, e)
try: binascii.b2a_uu(b"x" * 46)
except Exception as e: print(type(e).__name__, e)
text = b"Caf\xc3\xa9 = 100% \t\nline with trailing space \r\n." + b"x" * 100 + b"\n_under score_ end\t"
for kw in [{}, dict(quotetabs=True), dict(istext=False), dict(header=True)]:
    enc = binascii.b2a_qp(text, **kw); print(kw, enc)
    print(binascii.a2b_qp(enc, header=kw.get("header", False)) == text)
print(binascii.a2b_qp(b"a=3D=\nb=\r\nc==41=4=zz_x", header=True), binascii.a2b_qp("=41"), binascii.b2a_qp(b"."), binascii.b2a_qp(b".\nx"), binascii.b2a_qp(b"a\r\nb\n"))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
