config = {"host": "localhost", "port": 8080}
print(config["host"], config["port"])
for key in config:
    config[key.upper()] = config[key]
