def area(width, height, *, unit="m"):
    return f"{width * height} {unit}^2"

print(area(2, 3))
print(area(2, 3, unit="cm"))
print(area(2, height=3, color="red"))
