# Hot loops as list/dict/set comprehensions (each its own function in 3.11), nested ones,
# and comprehensions inside a hot loop.


def main():
    sq = [i * i for i in range(3000)]
    print(len(sq), sq[-1], sum(sq))
    d = {i: i % 7 for i in range(3000)}
    print(len(d), sum(d.values()))
    s = {i % 97 for i in range(3000)}
    print(len(s), min(s), max(s))
    m = [[i * j for j in range(60)] for i in range(60)]
    print(sum(map(sum, m)))
    total = 0
    for i in range(3000):
        total += len([j for j in range(i % 5) if j % 2 == 0])
    print(total)
    flat = [x for row in m for x in row if x % 1000 == 0]
    print(len(flat), flat[:5])
    k = 10
    cl = [k * i for i in range(3000)]
    print(cl[-1])
    try:
        [1 // (i - 2999) for i in range(3000)]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


main()
