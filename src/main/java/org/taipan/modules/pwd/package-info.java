/**
 * The user and group databases: {@code pwd} ({@link org.taipan.modules.pwd.PwdModule}) and
 * {@code grp} ({@link org.taipan.modules.pwd.GrpModule}), read through the C library's name
 * service functions ({@link org.taipan.modules.pwd.NameService}).
 */
package org.taipan.modules.pwd;
