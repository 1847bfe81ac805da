import io, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("a.txt", "hello " * 100)
    z.writestr(zipfile.ZipInfo("dir/b.bin", date_time=(2020, 1, 2, 3, 4, 6)), bytes(range(256)) * 4)
    z.writestr("stored.txt", b"plain", compress_type=zipfile.ZIP_STORED)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist(), [(i.filename, i.file_size, i.compress_type, i.CRC) for i in z.infolist()])
    print(z.read("a.txt")[:12], len(z.read("dir/b.bin")), z.read("stored.txt"), z.testzip())
    with z.open("a.txt") as f:
        print(f.read(5), f.read(3))
import uuid, hmac, hashlib, secrets
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "x"), len(secrets.token_hex(8)))
print(uuid.UUID(bytes=bytes(range(16))), uuid.UUID("12345678123456781234567812345678").hex)
