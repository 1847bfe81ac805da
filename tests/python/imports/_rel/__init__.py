NAME = "_rel"
