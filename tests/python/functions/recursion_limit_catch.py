import sys
print(sys.getrecursionlimit())
depth = 0
def probe():
    global depth
    depth += 1
    probe()
try:
    probe()
except RecursionError as e:
    print(type(e).__name__, e)
    print("depth within limit:", 900 < depth <= 1000)

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)

class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print("repr:", type(e).__name__)

nested = []
for _ in range(100):
    nested = [nested]
print(len(str(nested)))
print("still works:", sum(range(10)))
