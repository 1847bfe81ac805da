package org.taipan.modules.pwd;

import java.util.List;
import org.taipan.modules.posix.IdArgs;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.MethodArgs;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;
import org.taipan.runtime.StructSeq;

/**
 * The module {@code grp} (CPython's {@code Modules/grpmodule.c}): {@code getgrgid},
 * {@code getgrnam} and {@code getgrall} over the C library's group database
 * ({@link NameService}), returning {@code struct_group} records whose {@code gr_mem} is a list of
 * member names; a missing entry is a KeyError.
 */
public final class GrpModule {
    private GrpModule() {}

    static final PyType STRUCT_GROUP = StructSeq.newType("grp", "struct_group", "gr_name", "gr_passwd", "gr_gid",
            "gr_mem");

    /** A new {@code grp} module. */
    public static PyModule create() {
        PyModule m = new PyModule("grp", true);
        m.set("__doc__", PyStr.of("The group database of the system: getgrgid, getgrnam and getgrall return\n"
                + "struct_group entries (gr_name, gr_passwd, gr_gid, gr_mem)."));
        m.set("struct_group", STRUCT_GROUP);
        m.def("getgrgid", (a, k) -> {
            PyObject id = MethodArgs.required("getgrgid", MethodArgs.bind("getgrgid", a, k, 0, "id"), 0, "id");
            int gid = IdArgs.id(id, "gid");
            PwdModule.requireAvailable();
            NameService.Group g = NameService.groupById(gid);
            if (g == null) {
                throw Errors.of(ExceptionTypes.KeyError, "getgrgid(): gid not found: " + Abstract.str(id).toString());
            }
            return entry(g);
        });
        m.def("getgrnam", (a, k) -> {
            PyObject name = MethodArgs.required("getgrnam", MethodArgs.bind("getgrnam", a, k, 0, "name"), 0, "name");
            if (!(name instanceof PyStr s)) {
                throw Errors.typeError("getgrnam() argument 'name' must be str, not %s", name.type().name());
            }
            byte[] bytes = PwdModule.fsEncode(s);
            PwdModule.requireAvailable();
            NameService.Group g = NameService.groupByName(bytes);
            if (g == null) {
                throw Errors.of(ExceptionTypes.KeyError, "getgrnam(): name not found: " + Abstract.repr(s));
            }
            return entry(g);
        });
        m.def("getgrall", (a, k) -> {
            Args.noArgs("getgrall", a, k);
            PwdModule.requireAvailable();
            List<NameService.Group> all = NameService.allGroups();
            PyList r = new PyList();
            for (NameService.Group g : all) {
                r.append(entry(g));
            }
            return r;
        });
        return m;
    }

    private static PyObject entry(NameService.Group g) {
        PyList members = new PyList();
        for (byte[] mem : g.members()) {
            members.append(PwdModule.fsDecode(mem));
        }
        return StructSeq.make(STRUCT_GROUP, PwdModule.fsDecode(g.name()), PwdModule.fsDecode(g.passwd()),
                IdArgs.value(g.gid()), members);
    }
}
