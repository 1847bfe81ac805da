# Loops at module level (LOAD_NAME / STORE_NAME on the module dict): sums that overflow into big
# ints, a builtin read by name and shadowed mid-loop, names added to the module mid-loop (the
# dict's keys change under the trace), and a name deleted mid-loop (NameError, uncaught at the end).
s = 0
t = 0.0
for i in range(5000):
    s += i * 3
    t += i * 0.5
print(s, t)

big = 9223372036854775000
for i in range(3000):
    big += i
print(big)

seen = []
kind = None
for i in range(3000):
    kind = int
    if i == 1500:
        int = float
print(kind, int)
del int

count = 0
for i in range(3000):
    count += 1
    if i == 2000:
        exec("added_late = 1")
print(count, added_late)

total = 0
victim = 7
for i in range(3000):
    total += victim
    if i == 2500:
        del victim
print(total)
