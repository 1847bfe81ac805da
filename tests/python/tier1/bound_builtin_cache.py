# A call of a bound builtin method read from a variable (`app = lst.append; app(x)`) keeps
# no reference to the method's object once the call is over: its list dies with its last name.
import gc
import weakref


class Bag(list):
    pass


def fill(bag, n):
    app = bag.append
    for i in range(n):
        app(i)
    return len(bag)


def check(label, make):
    bag = make()
    ref = weakref.ref(bag)
    print(label, fill(bag, 50))
    del bag
    gc.collect()
    print(label, "freed:", ref() is None)


check("first", Bag)
check("second", Bag)



# one call site meeting bound methods of other bodies and plain builtins
def call_each(fs, x):
    out = []
    for fn in fs:
        out.append(fn(x))
    return out

d = {1: "one"}
s = {1, 2}
print(call_each([d.get, s.__contains__, abs], 1))
print(call_each([d.get, d.get, s.__contains__], 3))


lst = []
for k in range(40):
    (lst.append if k % 2 else lst.insert.__self__.append)(k)
print(sum(lst), len(lst))
