for i in range(5):
    print(i)
total = 0
for i in range(1, 101):
    total += i
print(total)
for c in "abc":
    print(c)
for x in [10, 20, 30]:
    print(x * 2)
