text = "Grüße, 世界! \U0001F600"
for codec in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]:
    data = text.encode(codec)
    print(codec, len(data), data[:6], data.decode(codec) == text)
print(text.encode("latin-1", "replace"), text.encode("ascii", "ignore"), text.encode("ascii", "backslashreplace"))
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "é".encode("cp1252") if False else "", b"caf\xc3\xa9".decode())
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), "hi".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"))
for bad, codec in [(b"\xc3", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x80", "ascii")]:
    try:
        bad.decode(codec)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
print(b"\xc3".decode("utf-8", "replace"), b"a\x80b".decode("ascii", "ignore"), b"a\x80b".decode("ascii", "backslashreplace"))
print(b"a\x80b".decode("utf-8", "surrogateescape") == "a\udc80b", "a\udc80b".encode("utf-8", "surrogateescape"))
