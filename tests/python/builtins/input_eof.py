print("prompting")
try:
    value = input("Enter: ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print("done")
