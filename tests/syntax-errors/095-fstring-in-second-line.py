x = 1
y = f'abc {} def'
