s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], s[-100:2], s[5:5], s[7:3], repr(s[10:]), s[2:-2:3])
print(s[slice(2, 5)], s[slice(None, None, -3)], s[::1] is s or True)
for bad in [10, -11]:
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
sl = slice(1, 2)
print(sl.start, sl.stop, sl.step, repr(sl), slice(5), slice(1, 2) == slice(1, 2))
