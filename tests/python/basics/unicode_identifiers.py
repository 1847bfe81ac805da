café = "coffee"
π = 3.14159
名前 = "name"
print(café, π, 名前)
def größe(x):
    return x * 2
print(größe(21))
ﬁ = "ligature normalised"
print(fi)
