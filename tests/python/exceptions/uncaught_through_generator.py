# an uncaught exception raised inside a generator, propagating through nested calls and a for loop
def numbers(limit):
    for i in range(limit):
        yield check(i)
def check(i):
    if i == 3:
        raise ValueError("bad value %d" % i)
    return i * i
def consume(gen):
    total = 0
    for v in gen:
        total += v
    return total
def outer():
    return consume(numbers(5))
print(consume(numbers(3)))
outer()
