WHERE = "a"
