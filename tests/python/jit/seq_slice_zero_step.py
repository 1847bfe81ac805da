# A list slice with a step that becomes zero after the loop is hot: ValueError raised inside the
# trace by SEQ_GETSLICE, with the loop's state (n) as tier 1 has it at that instruction.


def main():
    data = list(range(10))
    steps = [1, 2, -1, 3] * 900 + [0]
    n = 0
    try:
        for s in steps:
            n += len(data[::s]) + len(data[1:8:s])
    except ValueError as e:
        print(type(e).__name__, e, n)


main()
