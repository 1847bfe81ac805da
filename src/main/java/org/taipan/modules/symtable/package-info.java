/** {@code _symtable}: the compiler's symbol tables as the standard library's {@code symtable} module reads them. */
package org.taipan.modules.symtable;
