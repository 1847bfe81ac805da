# dict get/set/del with int, str and tuple keys in hot loops.


def main():
    d = {}
    for i in range(3000):
        d[i % 97] = d.get(i % 97, 0) + i
    print(len(d), d[0], d[96], sum(d.values()))
    s = {}
    for i in range(3000):
        k = "k" + str(i % 50)
        s[k] = s.get(k, "") + "x" if len(s.get(k, "")) < 3 else "y"
    print(sorted(s.items())[:4])
    t = {}
    for i in range(3000):
        t[(i % 7, i % 11)] = i
    print(len(t), t[(0, 0)], t[(6, 10)])
    for i in range(3000):
        k = (i % 7, i % 11)
        if k in t:
            del t[k]
    print(len(t))
    mixed = {1: "int", 1.0: "float?", True: "bool?", "1": "str", (1,): "tuple"}
    print(mixed)
    cnt = {}
    for i in range(3000):
        key = [1, 1.0, True, "1", (1,)][i % 5]
        cnt[key] = cnt.get(key, 0) + 1
    print(cnt)
    dd = {i: i for i in range(3000)}
    for i in range(3000):
        dd.pop(i)
        dd[i + 3000] = i
    print(len(dd), min(dd), max(dd))
    acc = 0
    for k, v in {i: i * i for i in range(3000)}.items():
        acc += k - v
    print(acc)
    print(d.setdefault(500, 1), dd.popitem())


main()
