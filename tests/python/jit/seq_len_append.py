# len() of lists, tuples, strs and dicts and list.append in traced loops, including a len() that
# meets another type mid-loop (a user class with __len__, a set) and a shadowed builtin len.


class Sized:
    def __len__(self):
        return 7


def main():
    things = [[1, 2, 3], (4, 5), "hello", {"a": 1, "b": 2}, []]
    total = 0
    for i in range(3000):
        total += len(things[i % 5])
    print(total)
    out = []
    for i in range(3000):
        out.append(i * 2)
        if len(out) > 2500:
            out.append(len(out))
    print(len(out), out[-4:])
    mixed = [[1], (2, 3), "abcd", Sized(), {1, 2}]
    total = 0
    for i in range(3000):
        total += len(mixed[i % 5])
    print(total)
    sizes = []
    for i in range(3000):
        sizes.append(len(sizes) % 3)
    print(sum(sizes))


def shadow():
    global len
    n = 0
    for i in range(3000):
        if i == 2000:
            len = lambda x: 100
        n += len([i])
    del len
    return n


main()
print(shadow())
