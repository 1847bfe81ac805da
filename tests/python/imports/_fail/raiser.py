def helper():
    return {}["missing"]


VALUE = helper()
