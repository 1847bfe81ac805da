x = 10
y = 32
print(x + y)
x = x * 2
print(x)
name = "world"
greeting = "hello, " + name
print(greeting)
a = b = 7
print(a, b)
a, b = b + 1, a - 1
print(a, b)
total = 0
total += 5
total -= 2
total *= 4
print(total)
