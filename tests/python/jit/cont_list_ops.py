# list index/assign/append/pop, negative indices and slices in hot loops.


def main():
    lst = []
    for i in range(3000):
        lst.append(i * 3 % 101)
    print(len(lst), lst[-1], lst[-3000], sum(lst))
    for i in range(3000):
        lst[i] = lst[-i - 1] + lst[i]
    print(lst[:5], lst[-5:])
    popped = 0
    for i in range(1500):
        popped += lst.pop()
        popped -= lst.pop(0)
    print(popped, len(lst))
    sl = list(range(3000))
    tot = 0
    for i in range(3000):
        tot += len(sl[i:i + 5]) + sum(sl[i:i + 3]) + len(sl[::-(i % 5 + 1)][:2])
    print(tot)
    work = list(range(20))
    for i in range(3000):
        work[2:4] = [i, i + 1, i + 2]
        del work[5:6]
        del work[-1]
    print(work)
    st = []
    for i in range(3000):
        if i % 3 == 2:
            st.pop()
        else:
            st.append(i)
    print(len(st), st[-3:])
    m = [[0] * 3 for _ in range(3)]
    for i in range(3000):
        m[i % 3][(i // 3) % 3] += 1
    print(m)
    try:
        for i in range(3000):
            lst[i - 3000]
    except IndexError as e:
        print(i, type(e).__name__, e)


main()
