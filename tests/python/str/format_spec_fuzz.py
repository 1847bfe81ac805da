# Random format specs and %-formats (a fixed seed) over ints, floats and bools, special values
# included: results or error messages as CPython's.
import random, sys
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
def spec():
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(['', '*', '0', 'é']) + rng.choice(['<', '>', '^', '=']))
    if rng.random() < 0.3: parts.append(rng.choice(['+', '-', ' ']))
    if rng.random() < 0.1: parts.append('z')
    if rng.random() < 0.2: parts.append('#')
    if rng.random() < 0.2: parts.append('0')
    if rng.random() < 0.4: parts.append(str(rng.randrange(0, 15)))
    if rng.random() < 0.3: parts.append(rng.choice([',', '_']))
    if rng.random() < 0.4: parts.append('.' + str(rng.randrange(0, 12)))
    if rng.random() < 0.7: parts.append(rng.choice('bcdeEfFgGnosxX%'))
    return ''.join(parts)
vals = [0, 1, -1, 7, 255, -1234567, 10**20, -2**64, 0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 1e22, 1e16, 123456789.125,
        float('inf'), float('-inf'), float('nan'), 2.5, 0.1, 1/3, 5e-324, 1.7976931348623157e308, True, 12345.6789]
for i in range(2000):
    v = rng.choice(vals)
    sp = spec()
    try:
        out = repr(format(v, sp))
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(i, repr(v), repr(sp), out)
for i in range(600):
    v = rng.choice(vals)
    f = rng.choice(['%d', '%5.2f', '%-8e', '%+g', '%#x', '%o', '%10.3G', '%c', '%s', '%r', '%i', '%.0f', '%#.3g', '% d', '%05d', '%a'])
    try:
        out = repr(f % v)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print('%', repr(v), f, out)
