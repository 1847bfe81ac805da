# dumps then loads of a generated structure (the _json encoder and scanner on a larger input):
# the text and the value survive the round trip, with every option combination json offers.
import json
import random

rng = random.Random(5)
WORDS = ['alpha', 'beta', 'gamma', 'd\u00e9lta', 'eps\U0001f600', 'quo"te', 'back\\slash', 'new\nline', '']

def value(depth):
    r = rng.random()
    if depth > 4 or r < 0.3:
        k = rng.randrange(7)
        if k == 0:
            return rng.randrange(-10**6, 10**6)
        if k == 1:
            return rng.random() * 10 ** rng.randrange(-8, 20)
        if k == 2:
            return rng.choice(WORDS) * rng.randrange(3)
        if k == 3:
            return rng.choice([True, False, None])
        if k == 4:
            return rng.randrange(10**25)
        if k == 5:
            return -rng.random()
        return rng.choice(WORDS)
    if r < 0.65:
        return [value(depth + 1) for _ in range(rng.randrange(6))]
    return {rng.choice(WORDS) + str(i): value(depth + 1) for i in range(rng.randrange(6))}

doc = [value(0) for _ in range(300)]
for kw in [{}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'indent': 1}]:
    text = json.dumps(doc, **kw)
    back = json.loads(text)
    print(kw, len(text), back == doc, json.dumps(back, **kw) == text, text[:60])
print(json.dumps(doc)[-200:])
pairs = json.loads(json.dumps(doc), object_pairs_hook=list)
print(len(pairs), str(pairs)[:200])
