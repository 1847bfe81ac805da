x = 7
if x > 5:
    print("big")
else:
    print("small")
if x == 1:
    print("one")
elif x == 7:
    print("seven")
else:
    print("other")
if not x:
    print("zero")
print("done")
