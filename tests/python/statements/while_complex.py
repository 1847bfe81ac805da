stack = [1, [2, [3, [4, []]]]]
depth = 0
node = stack
while node and isinstance(node, list) and len(node) == 2:
    depth += 1
    node = node[1]
print("depth", depth)

i, j = 0, 10
while i < j and (j - i) % 7 != 0:
    i += 1
    j -= 1
print(i, j)

count = 0
while (count := count + 1) < 5:
    pass
print(count)

queue = [3]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n > 0:
        queue.extend([n - 1, n - 2])
print(len(seen), seen[:10])

n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print("even", n)
else:
    print("never printed")
