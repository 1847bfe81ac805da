WHERE = "b"
