print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
import stringprep, unicodedata
print(stringprep.in_table_b1("\u00ad"), stringprep.map_table_b2("\u00c5"))
