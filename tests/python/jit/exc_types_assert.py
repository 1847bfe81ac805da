# except clauses with tuples of types and a type held in a variable that changes, and an assert
# that fails after many iterations.


def main():
    errs = [ValueError, KeyError, (TypeError, IndexError)]
    handled = {}
    for i in range(3000):
        catch = errs[i % 3]
        try:
            if i % 4 == 0:
                raise ValueError(i)
            if i % 4 == 1:
                raise KeyError(i)
            if i % 4 == 2:
                raise IndexError(i)
        except catch as e:
            k = type(e).__name__
            handled[k] = handled.get(k, 0) + 1
        except Exception as e:
            k = "other-" + type(e).__name__
            handled[k] = handled.get(k, 0) + 1
    print(sorted(handled.items()))
    try:
        for i in range(3000):
            assert i < 2999, "too big: %d" % i
    except AssertionError as e:
        print(i, type(e).__name__, e)
    try:
        for i in range(3000):
            try:
                raise ValueError(i)
            except (1, ValueError) if i == 2999 else ValueError:
                pass
    except TypeError as e:
        print(i, type(e).__name__, e)


main()
