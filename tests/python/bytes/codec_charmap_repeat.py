# single-byte codecs encoding again and again, interleaved (each codec's encoding table is made
# once and reused): same bytes and the same errors every time.
texts = ['hello', '\u20ac5 \xe9t\xe9', '\u0416\u0436', 'a\u2500b', '', '\ud800', '\U0001f600']
for rnd in range(3):
    for name in ('cp1252', 'cp437', 'koi8_r', 'cp1252', 'iso8859_15', 'mac_roman'):
        row = []
        for t in texts:
            for h in ('strict', 'replace', 'xmlcharrefreplace'):
                try:
                    row.append(t.encode(name, h))
                except UnicodeEncodeError as e:
                    row.append((e.start, e.end, e.reason))
        print(rnd, name, row)
every = bytes(range(256))
for name in ('cp1252', 'cp850', 'koi8_u'):
    text = every.decode(name, 'replace')
    print(name, text.encode(name, 'replace') == bytes(b if text[b] != '\ufffd' else 0x3f for b in range(256)))
