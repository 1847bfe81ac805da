lst = [[0, 1, 2]
lst[0] = 'z'
print(lst)
