# Uses _shared_loops with its function and method patched (same code as shared_module_int.py).
import _shared_loops as m


def main():
    print(m.run(3000))
    m.scale = lambda v: -v
    print(m.run(3000))
    m.Acc.add = lambda self, v: setattr(self, "total", self.total - 1) or self
    print(m.run(3000))


main()
