lambda: 1not1_ = 1
