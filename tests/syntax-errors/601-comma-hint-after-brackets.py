l{am[bda a=: 0
