False = 1
