class A:
    await x
