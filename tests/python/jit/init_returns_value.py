# An inlined __init__ that returns a value at the 1500th iteration: TypeError at the class call,
# raised after __init__ ran (its attribute store is visible), caught in the loop; then uncaught.
class Odd:
    def __init__(self, x):
        self.x = x
        if x == 1500:
            return x
        return None

seen = []

def run(n):
    s = 0
    for i in range(n):
        try:
            s = s + Odd(i).x
        except TypeError as e:
            seen.append(str(e))
    return s

print(run(2000), seen)

def always(n):
    for i in range(n):
        if i < 1200:
            Odd(i)
        else:
            Odd(1500)

always(2000)
