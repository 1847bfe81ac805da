class A:
    def m(self):
        self.x = = 1
