/**
 * Enforcement of {@link org.taipan.runtime.Permission}s for untrusted scripts: {@link
 * org.taipan.sandbox.Sandbox} is the check the Java code that touches files, processes, sockets or
 * Java classes makes before it acts, and {@link org.taipan.sandbox.TrustedRoots} the directories a
 * sandboxed interpreter may still import from. The model (what each permission covers, what is
 * trusted, the known limits) is described in {@code docs/ARCHITECTURE.md}.
 */
package org.taipan.sandbox;
