# Uses _shared_loops with a float and then a str global K (same code as shared_module_int.py).
import _shared_loops as m


def main():
    m.K = 0.5
    print(m.run(3000))
    m.K = "ab"
    try:
        print(m.run(3000))
    except TypeError as e:
        print(type(e).__name__, e)
    m.K = 2**70
    print(m.run(3000))


main()
