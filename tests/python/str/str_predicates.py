samples = ["abc", "ABC123", "123", "12.5", "", " ", "\t\n", "a b", "½", "²", "٣", "Ⅻ",
           "_id", "id1", "1id", "class", "é", "\x00", "a\u200bb", "Σ", "x\x7f", "ab\n"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
