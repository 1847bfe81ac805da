s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
s = set(range(100))
removed = {x for x in s if x % 7}
s -= removed
print(sorted(s))
words = ["b", "a", "c", "a", "b"]
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, sorted(seen), len(seen))
print(sorted(set("hello") & set("world")), sorted(set("hello") - set("world")))
