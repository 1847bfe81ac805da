# An instance whose __init__ called super().__init__() (a method-wrapper call) is collected as
# soon as it is dropped: no inline cache keeps the bound wrapper, and its object, alive.
import gc; log=[]
class B1(dict):
    def __init__(self, x): super().__init__()
class C1(B1):
    def __del__(self): log.append('C1')
c=C1({'a':1}); del c; gc.collect(); print(log)
class B2(dict):
    def __init__(self, x): self.update(x)
class C2(B2):
    def __del__(self): log.append('C2')
c=C2({'a':1}); del c; gc.collect(); print(log)
class B3:
    def __init__(self, x): self.update(x)
    def update(self, x): pass
class C3(B3):
    def __del__(self): log.append('C3')
c=C3({'a':1}); del c; gc.collect(); print(log)
