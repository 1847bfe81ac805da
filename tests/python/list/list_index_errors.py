l = [10, 20, 30]
for i in [0, 2, -1, -3]:
    print(i, l[i])
for i in [3, -4, 100]:
    try:
        l[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    l[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[None]
except TypeError as e:
    print(type(e).__name__, e)
print(l[1:100], l[-100:1], l[::-1], l[::-2], l[5:])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
l[10:] = [40]
print(l)
