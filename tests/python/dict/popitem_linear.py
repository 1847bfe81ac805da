# popitem takes entries from the end; after it the dict goes on as CPython's (insertion order,
# stored hashes, no __hash__ called again) and emptying a big dict by popitem is linear.
class H:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        H.calls += 1
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
    def __repr__(self):
        return 'H(%d)' % self.v

d = {H(i): i for i in range(6)}
H.calls = 0
print(d.popitem(), d.popitem(), H.calls)
d[H(10)] = 10
del d[H(1)]
print(list(d.items()), d.popitem(), list(d))
d[H(11)] = 11
print(list(d.items()))
while d:
    d.popitem()
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
d[H(3)] = 3
print(d, len(d))

big = dict.fromkeys(range(300000))
n = 0
while big:
    k, v = big.popitem()
    n += 1
print(n, k)
big[5] = 1
print(big)
