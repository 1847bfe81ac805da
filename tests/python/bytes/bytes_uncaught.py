raw = b"caf\xe9"
print(raw)
print(raw.decode("utf-8"))
