matchif x:
 	pass
	 pass
