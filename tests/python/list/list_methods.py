l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.insert(0, 2)
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.index(4, 1), l.count(1), l.count(7))
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, l, len(l))
l += [1]
l *= 2
print(l, [0] * 3, [[]] * 2, [1, 2] + [3], list("ab"), list(range(3)), list((1, 2)), list({"a": 1}))
for thunk in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
              lambda: [1] + (2,), lambda: [1] * [2], lambda: [1, 2].index(1, 1, 2), lambda: list(5)]:
    try:
        thunk()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow is nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted([4, 2, 8]), list(reversed([1, 2, 3])))
a = [1, 2, 3]
a[1:2] = []
print(a)
a[len(a):] = [7, 8]
print(a)
a[:0] = [0]
print(a)
a[-1:] = "xy"
print(a)
