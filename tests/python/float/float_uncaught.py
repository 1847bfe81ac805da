x = 1.5
print(x * 2)
print(x / (x - 1.5))
