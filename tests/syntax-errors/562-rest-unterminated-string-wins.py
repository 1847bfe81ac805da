a b
x = 'abc
