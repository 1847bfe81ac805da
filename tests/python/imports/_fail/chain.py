import _fail.raiser
