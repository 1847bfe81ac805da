def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "even"
    elif n in (1, 3, 5, 7):
        kind = "small odd"
    else:
        kind = "odd"
    return kind
print([classify(n) for n in [-5, 0, 102, 4, 3, 9]])
x = None
if x:
    print("truthy")
elif x is None:
    print("None")
if []:
    pass
elif {}:
    pass
else:
    print("both empty")
value = 15
if value > 10:
    if value > 20:
        print(">20")
    else:
        print("11..20")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
