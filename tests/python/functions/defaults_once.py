def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def f(x=next_id()):
    return x
print(f(), f(), counter)

def g(a, b=2, c=a if False else 3):
    return a, b, c
print(g(1), g(1, 5), g(1, c=9))
print(g.__defaults__)

def h(a, b=[]):
    b.append(a)
    return b
h(1); h(2)
print(h.__defaults__)
h.__defaults__ = ([100],)
print(h(3))
