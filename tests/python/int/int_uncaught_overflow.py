print(2 ** 1000 > 0)
big = 10 ** 400
print(float(big))
