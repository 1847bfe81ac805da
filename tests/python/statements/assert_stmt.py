assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("bare", repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print("message", repr(e), e.args)
try:
    assert [], {"k": 1}
except AssertionError as e:
    print("object", e.args)

calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message evaluated only on failure:", calls)
print(__debug__)
assert 0 < 1 < 2, "chain"
assert None is None
x = 5
assert x > 10, f"x is {x}"
