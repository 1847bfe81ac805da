class A:
    def f(self, *c):
        self.
    x
   y
