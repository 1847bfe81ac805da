# A set display of three or more constants iterates in the order of the frozenset constant
# CPython makes for it (built, then rebuilt from its own order when constants are merged).
print({1, 2, 3, 2.5}, list({1, 9, 17, 25}), frozenset({1, 2, 3, 2.5}), {1, 2, 3, 2.5} | {7})
for x in {1, 9, 17, 25, 33}:
    print(x, end=' ')
print([x for x in {'a', 'b', 'c', 'd'}] == list({'a', 'b', 'c', 'd'}))
def f():
    return {8, 16, 24, 0, 40}
print(f(), 16 in {8, 16, 24})
