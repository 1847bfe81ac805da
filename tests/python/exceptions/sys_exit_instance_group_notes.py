# sys.exit() given a SystemExit instance raises that instance (its code, not a wrapper), and the
# parts of a split exception group get their own copies of the group's __notes__.
import sys

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("shared?")
match, rest = eg.split(ValueError)
match.add_note("only on match")
print(eg.__notes__, match.__notes__, rest.__notes__)
sub = eg.subgroup(TypeError)
sub.add_note("only on subgroup")
print(eg.__notes__, sub.__notes__)
eg.__notes__ = ("a", "tuple")
print(eg.split(ValueError)[0].__notes__)
eg.__notes__ = 42
print(hasattr(eg.split(ValueError)[0], "__notes__"))

given = SystemExit(4)
try:
    sys.exit(given)
except SystemExit as e:
    print(e is given, repr(e.code), e.args)
try:
    sys.exit((1, 2))
except SystemExit as e:
    print(repr(e.code), e.args)
sys.exit(SystemExit(3))
