# Function, lambda and class definitions executed inside hot loops (MAKE_FUNCTION, class bodies).
fs = []
for i in range(3000):
    def f(x, i=i):
        return x + i
    if i % 1000 == 0:
        fs.append(f)
print([f(1) for f in fs], fs[0].__name__, fs[0].__defaults__)
classes = []
for i in range(3000):
    class C:
        k = i
        def get(self):
            return self.k * 2
    if i % 1500 == 0:
        classes.append(C)
print([c().get() for c in classes], classes[0] is not classes[1], classes[0].__qualname__)
total = 0
for i in range(3000):
    total += (lambda a, b=2: a * b)(i)
print(total)
gens = 0
for i in range(3000):
    g = (j for j in range(3))
    gens += sum(g)
print(gens)
