def f():
    print 'a', 'b'
