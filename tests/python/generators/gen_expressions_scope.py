x = [1, 2, 3]
g = (x for x in x)
print(list(g))
n = 3
gen = (i * n for i in range(3))
n = 10
print(list(gen))
def make():
    k = 2
    return (i ** k for i in range(4))
print(list(make()))
class C:
    data = [1, 2]
    first = list(v for v in data)
print(C.first)
print(sum(i for i in range(10) if i % 2), list((i, j) for i in "ab" for j in range(2)))
print(sorted((c for c in "generator"), reverse=True))
evens = (i for i in range(10) if i % 2 == 0)
print(5 in evens, list(evens))
