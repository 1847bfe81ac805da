# capitalize() and title() use the full title-case mapping: ligatures and 'ß' expand.
for s in ["\ufb01ne", "\ufb02ow", "\ufb03x", "\ufb06op", "\u00dfig", "stra\u00dfe gro\u00df", "\u0587a", "\u0149x", "\u01c6ab", "hello world"]:
    print(ascii(s), ascii(s.capitalize()), ascii(s.title()))
