class Base:
    def run(self):
        return self.step()

class Impl(Base):
    def step(self):
        return self.helper()

print(Impl().run.__qualname__)
Impl().run()
