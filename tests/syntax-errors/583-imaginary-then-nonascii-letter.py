x = 1jé
