import base64, binascii
data = bytes(range(256)) * 3
print(base64.b64encode(b"\x00\xffhello"), base64.b64decode("AP9oZWxsbw=="), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b32encode(b"taipan"), base64.b32decode(b"ORQWS4DBNY======"), base64.b16encode(b"\x01\xab"), base64.a85encode(b"hello"), base64.b85encode(b"hello"))
print(base64.encodebytes(data[:80]), base64.decodebytes(base64.encodebytes(data)) == data)
try:
    base64.b64decode("abc", validate=True)
except binascii.Error as e:
    print(type(e).__name__, e)
