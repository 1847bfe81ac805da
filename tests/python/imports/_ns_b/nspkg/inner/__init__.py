WHERE = "inner package"
