def nothing():
    pass
print(nothing())

class Empty:
    pass
print(Empty.__name__)

if True: pass
for _ in range(2): pass
print("semicolons"); print("work")
x = 1; y = 2; print(x + y)

# Expression statements are evaluated.
[print(i) for i in range(2)]
"docstring-like expression"
...
print(...)
print(Ellipsis is ...)

# Line continuation.
total = 1 + \
        2 + \
        3
print(total)
value = (1 +
         2)
print(value)
