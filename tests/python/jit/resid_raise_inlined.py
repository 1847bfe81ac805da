# Residual ops raising inside functions inlined into a hot loop, often enough that the recording
# iteration itself raises in the callee at threshold 1: ValueError of a negative shift, TypeError
# of str + int, IndexError of a str index; each caught in the loop, with the callee's line in the
# traceback kept.
import traceback


def shift(x, n):
    return x >> n


def glue(a, b):
    return a + b


def nth(s, k):
    return s[k]


def main():
    errors = {}
    total = 0
    for k in range(3500):
        try:
            total += shift(1 << 20, -1 if k % 50 == 1 else k % 5)
            total += len(glue("ab", 7 if k % 70 == 9 else "c"))
            total += ord(nth("xyz", 3 if k % 90 == 89 else k % 3))
        except (ValueError, TypeError, IndexError) as e:
            key = type(e).__name__ + ": " + str(e)
            errors[key] = errors.get(key, 0) + 1
            if errors[key] == 1:
                frames = traceback.extract_tb(e.__traceback__)
                print(key, [(f.name, f.lineno) for f in frames])
    print(total, sorted(errors.items()))


main()
