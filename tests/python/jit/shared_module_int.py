# Uses _shared_loops with int globals (see _shared_loops.py: the other shared_module_* programs
# use the same code with other values in the same JVM).
import _shared_loops as m


def main():
    print(m.run(3000))
    m.K = 3
    print(m.run(3000))
    print(m.run(3000) == 3 * sum(range(3000)))


main()
