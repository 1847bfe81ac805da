# Strings built with + and += (a long result shares a buffer that only its last piece may extend):
# every earlier string keeps its value, whatever is appended to the buffer later.
s = ''
parts = []
for i in range(1000):
    s += chr(97 + i % 26) * (i % 5)
    if i % 97 == 0:
        parts.append(s)
t = parts[3]
u = t + 'XYZ' * 50          # t is no longer its buffer's end after the loop went on
print(len(s), len(t), len(u), u[-5:], t[-5:], s[-5:], hash(s) == hash(''.join(list(s))))
a = 'q' * 200
b = a + 'r'
c = a + 's'                  # two strings from one prefix
d = b + 't'
e = b + 'u'
print(b[-3:], c[-3:], d[-3:], e[-3:], len(b), len(c), len(d), len(e), b == a + 'r', d != e)
x = 'é' * 100
y = x + 'ü' * 100 + '\u20ac'
y += '\U0001F600'
print(len(y), y[-3:], ascii(y[-2:]))
z = '' 
for i in range(300):
    z = z + str(i)
    if i % 100 == 0:
        print(z[-3:], len(z), z[len(z) // 2])
print(z.count('9'), z.find('299'), z.upper()[:5], z[::-1][:5], sorted(set(z))[:3], z < z + 'a', z + 'a' < z)
class S(str): pass
w = S('k' * 150) + 'j'
print(type(w).__name__, len(w))
# a long build stays linear (a quadratic one would take minutes)
big = ''
for i in range(300000):
    big += 'ab'
print(len(big), big[-4:], big.count('ba'))
