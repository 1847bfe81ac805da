# Helper module imported by the jit/shared_module_*.py programs. The harness runs those programs
# in one JVM, where this module's compiled code is shared by their interpreters: a trace must not
# carry one interpreter's globals, classes or types into another.
K = 1


def scale(v):
    return v * K


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total = self.total + v
        return self


def run(n):
    acc = Acc()
    for i in range(n):
        acc.add(scale(i))
    return acc.total
