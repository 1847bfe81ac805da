package org.taipan.modules.pwd;

import java.util.List;
import org.taipan.modules.posix.IdArgs;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Codecs;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * The builtin module {@code pwd} (CPython's {@code Modules/pwdmodule.c}): {@code getpwuid},
 * {@code getpwnam} and {@code getpwall} over the C library's user database
 * ({@link NameService}), returning {@code struct_passwd} records; a missing entry is a KeyError.
 * Strings are decoded from the file system encoding with surrogateescape, as CPython's.
 */
public final class PwdModule {
    private PwdModule() {}

    static final PyType STRUCT_PASSWD = StructSeq.newType("pwd", "struct_passwd", "pw_name", "pw_passwd", "pw_uid",
            "pw_gid", "pw_gecos", "pw_dir", "pw_shell");

    /** A new {@code pwd} module. */
    public static PyModule create() {
        PyModule m = new PyModule("pwd", true);
        m.set("__doc__", PyStr.of("The user database of the system: getpwuid, getpwnam and getpwall return\n"
                + "struct_passwd entries (pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell)."));
        m.set("struct_passwd", STRUCT_PASSWD);
        m.def("getpwuid", (a, k) -> {
            Args.noKeywords("getpwuid", k);
            Args.check("getpwuid", a, k, 1, 1);
            PyObject uidObj = a[0];
            int uid;
            try {
                uid = IdArgs.id(uidObj, "uid");
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.OverflowError)) {
                    throw Errors.of(ExceptionTypes.KeyError, "getpwuid(): uid not found");
                }
                throw e;
            }
            requireAvailable();
            NameService.Passwd p = NameService.passwdById(uid);
            if (p == null) {
                throw Errors.of(ExceptionTypes.KeyError, "getpwuid(): uid not found: " + Abstract.str(uidObj).toString());
            }
            return entry(p);
        });
        m.def("getpwnam", (a, k) -> {
            Args.noKeywords("getpwnam", k);
            Args.check("getpwnam", a, k, 1, 1);
            if (!(a[0] instanceof PyStr name)) {
                throw Errors.typeError("getpwnam() argument must be str, not %s", a[0].type().name());
            }
            byte[] bytes = fsEncode(name);
            requireAvailable();
            NameService.Passwd p = NameService.passwdByName(bytes);
            if (p == null) {
                throw Errors.of(ExceptionTypes.KeyError, "getpwnam(): name not found: " + Abstract.repr(name));
            }
            return entry(p);
        });
        m.def("getpwall", (a, k) -> {
            Args.noArgs("getpwall", a, k);
            requireAvailable();
            List<NameService.Passwd> all = NameService.allPasswd();
            PyList r = new PyList();
            for (NameService.Passwd p : all) {
                r.append(entry(p));
            }
            return r;
        });
        return m;
    }

    private static PyObject entry(NameService.Passwd p) {
        return StructSeq.make(STRUCT_PASSWD, fsDecode(p.name()), fsDecode(p.passwd()), IdArgs.value(p.uid()),
                IdArgs.value(p.gid()), fsDecode(p.gecos()), fsDecode(p.dir()), fsDecode(p.shell()));
    }

    /** The file system encoding's bytes of {@code s} (surrogateescape); a NUL is "embedded null byte". */
    static byte[] fsEncode(PyStr s) {
        byte[] b = Codecs.encode(s, "utf-8", "surrogateescape").bytes();
        for (byte x : b) {
            if (x == 0) {
                throw Errors.valueError("embedded null byte");
            }
        }
        return b;
    }

    /** {@code PyUnicode_DecodeFSDefault}. */
    static PyStr fsDecode(byte[] b) {
        return Codecs.decode(b, "utf-8", "surrogateescape");
    }

    /**
     * The C library is needed for the databases, and a sandbox must grant the file system.
     *
     * @throws PyException OSError saying why it cannot be called; PermissionError in a sandbox
     *     without the file system
     */
    static void requireAvailable() {
        // the databases are files of the host (/etc/passwd, /etc/group)
        org.taipan.sandbox.Sandbox.require(org.taipan.runtime.Permission.FILE_SYSTEM, "the user and group databases");
        if (!NameService.available()) {
            throw Errors.of(ExceptionTypes.OSError, org.taipan.modules.posix.Libc.unavailableReason("the user database"));
        }
    }
}
