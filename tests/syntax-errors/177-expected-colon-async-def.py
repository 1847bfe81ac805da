async def f()
    pass
