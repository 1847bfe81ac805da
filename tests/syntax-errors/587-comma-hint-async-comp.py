async def f():
    return [x async for x  y]
