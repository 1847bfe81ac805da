a b
x = \