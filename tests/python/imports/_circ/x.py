from _circ.y import Y
X = 1
