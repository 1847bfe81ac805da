class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)))
for x in Countdown(2):
    print("tick", x)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
it = iter(Seq())
print(next(it), next(it))

class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel)
values = [3, 2, 1, 0, 5]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)), values)

try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
print(next(iter([]), "default"))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

class Reversible:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __reversed__(self):
        return iter(["custom reversed"])
print(list(reversed(Reversible([1, 2]))))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(SeqOnly())))
