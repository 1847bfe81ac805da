f'{a!x}'
