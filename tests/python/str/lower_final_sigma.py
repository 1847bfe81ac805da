# str.lower's final sigma follows CPython's context rule: a cased letter before (case-ignorable
# characters such as U+0345 skipped), no cased letter after.
cases = ['ΣΑΣ', 'ςßͅΣͅ', '\x1céΣa1Σ', 'aΣ', '1Σ', 'Σ', 'aΣb', "a'Σ", 'aΣ.', 'aΣ\u0345b', 'ΑΣ ΣΑ', 'ǅΣ', 'İΣ']
for s in cases:
    print(ascii(s), ascii(s.lower()), ascii(s.capitalize()), ascii(s.title()), ascii(s.swapcase()), ascii(s.casefold()))
