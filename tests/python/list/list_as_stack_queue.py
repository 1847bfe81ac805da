stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(token, stack)
queue = list("abcde")
order = []
while queue:
    item = queue.pop(0)
    order.append(item)
    if item == "b":
        queue.append("B")
print(order)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias, alias[0] is alias[1])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([list(col) for col in zip(*matrix)], [row[::-1] for row in matrix][::-1])
flat = [x for row in matrix for x in row]
print(flat, flat.index(4), flat.index(4, 2, 6), flat.count(4))
lst = [5, 1, 4]
lst.insert(-1, 9)
lst.insert(-100, 0)
print(lst, lst.pop(-2), lst)
