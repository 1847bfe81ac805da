/**
 * The abstract syntax tree: sealed interfaces of records that mirror CPython 3.11's
 * {@code Parser/Python.asdl} constructor for constructor. Passes over it ({@code compile})
 * are exhaustive {@code switch} expressions, so a missing case is a compile error.
 */
package org.taipan.ast;
