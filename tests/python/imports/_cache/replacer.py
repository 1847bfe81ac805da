import sys

class Replacement:
    def __repr__(self):
        return "<the replacement>"
    value = 42

sys.modules[__name__] = Replacement()
