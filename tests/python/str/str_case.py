samples = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "ǅungla", "straße",
           "ﬁne", "İstanbul", "o'neil's 3rd-party", "123abc", "", "ΣΑΣ", "mañana"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
for s in samples + ["Title Case", "Not title", "A", "1A", "aBc"]:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
