class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__)
        return False

with CM():
    print("in body")
    raise ValueError("escapes the with")
