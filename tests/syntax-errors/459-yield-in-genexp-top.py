x = ((yield) for y in z)
