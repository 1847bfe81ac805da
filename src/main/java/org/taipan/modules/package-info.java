/**
 * CPython's C modules written in Java, one subpackage per module ({@code gc}, ...), each
 * registered by name in {@link org.taipan.builtins.BuiltinsModule#createBuiltinModule}.
 */
package org.taipan.modules;
