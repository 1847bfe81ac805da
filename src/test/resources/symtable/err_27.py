def f():
  def g():
    global y
  nonlocal y
