def square(x):
    return x * x

def greet(name):
    return "hello, " + name

print(square(12))
print(greet("taipan"))
print(square(square(3)))

def no_return():
    x = 1

print(no_return())
