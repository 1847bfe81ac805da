from _circ.x import X
Y = 2
