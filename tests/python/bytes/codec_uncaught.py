# an uncaught UnicodeEncodeError raised by str.encode inside a function
def to_ascii(s):
    return s.encode("ascii")

print(to_ascii("plain"))
print(to_ascii("na\u00efve caf\u00e9"))
