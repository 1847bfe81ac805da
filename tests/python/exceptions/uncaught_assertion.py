def check(values):
    total = sum(values)
    assert total == 10, f"total was {total}"
    return total

print(check([1, 2, 3, 4]))
print(check([1, 2, 3]))
