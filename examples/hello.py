# The first program to run on Taipan: ./taipan examples/hello.py


def greet(name):
    return f"Hello, {name}!"


for who in ["world", "Taipan"]:
    print(greet(who))
