f'{a!rr}'
