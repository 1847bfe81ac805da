if x:
    pass
  y
