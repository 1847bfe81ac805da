class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    pairs = {n: i for i, n in enumerate(names)}
    total = sum(len(n) for n in names)
    try:
        nested = [[n + m for m in names] for n in names]
    except NameError as e:
        nested = f"NameError: {e}"
print(Config.upper, Config.pairs, Config.total, Config.nested)

def outer():
    items = [1, 2, 3]
    class Inner:
        doubled = [i * 2 for i in items]
        scaled = [i * len(items) for i in range(2)]
    return Inner.doubled, Inner.scaled
print(outer())
print([(lambda: i)() for i in range(3)], [j for j in (k * 2 for k in range(3))])
