def counter(store={"n": 0}):
    store["n"] += 1
    return store["n"]
print(counter(), counter(), counter({"n": 100}), counter())

def cache_key(key, _cache={}):
    if key not in _cache:
        _cache[key] = len(_cache)
    return _cache[key]
print([cache_key(k) for k in "abcab"])

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))

x = 10
def captured(value=x):
    return value
x = 20
print(captured())

def kwdefaults(*, flag=[]):
    flag.append(1)
    return len(flag)
print(kwdefaults(), kwdefaults(), kwdefaults.__kwdefaults__)
kwdefaults.__kwdefaults__ = {"flag": []}
print(kwdefaults())
