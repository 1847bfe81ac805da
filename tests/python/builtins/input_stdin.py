# input(): prompt written to stdout, EOF at end of empty stdin, replaced sys.stdin
import sys
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
class FakeIn:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
sys.stdin = FakeIn(["first line\n", "second\n", "no newline"])
print(repr(input()), repr(input("? ")), repr(input(5)))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
sys.stdin = sys.__stdin__
print(sys.stdin.read() == "")
