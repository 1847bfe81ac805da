for i in range(3):
    print("for", i)
else:
    print("for-else ran")

for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)

for i in []:
    print("never")
else:
    print("empty for-else")

n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)

while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n", n)

for i in range(6):
    if i % 2:
        continue
    print("even", i)

# Nested loops: break only leaves the inner one.
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner else", i)

# The loop variable keeps its last value.
for k in range(4):
    pass
print("k", k)

# Modifying the list while iterating.
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
    print("saw", x)
print(items)
