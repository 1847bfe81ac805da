(a): int = 1
