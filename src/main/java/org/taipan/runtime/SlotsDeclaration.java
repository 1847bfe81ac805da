package org.taipan.runtime;

import java.util.ArrayList;
import java.util.List;
import org.taipan.compile.Mangler;

/**
 * A class body's {@code __slots__} as CPython 3.11's {@code type_new} reads them, before the class
 * exists ({@code type_new_get_slots}, {@code type_new_slots_impl} and its helpers): so its errors
 * come before the MRO's and those of {@code __qualname__} and {@code __classcell__}, and a refused
 * class is never registered with its bases. Its checks run in CPython's order: nonempty slots on a
 * variable-size base; then every name's type and identifier syntax, and {@code __dict__} and
 * {@code __weakref__} against the base's; then the other names, mangled, against the namespace.
 *
 * @param members the member names, mangled and sorted in code point order (CPython's
 *                {@code ht_slots}, duplicates kept: each takes a member of its own)
 * @param addDict whether the class gives its instances a {@code __dict__} its primary base lacks
 *                ({@code add_dict}: asked for, or found on another base)
 * @param addWeakref whether it gives them weak references its primary base lacks ({@code add_weak})
 */
record SlotsDeclaration(List<String> members, boolean addDict, boolean addWeakref) {

    /**
     * Reads {@code __slots__} from a class namespace, or returns null when it has none.
     *
     * @param className the class's name, which private slot names are mangled with
     * @param best the primary base (CPython's {@code best_base}) the layout extends
     * @param bases all the bases: another base with a dict or weak references passes them on
     * @throws PyException what reading the slots raises (an iterable's own errors, TypeError for one
     *                     that is not), TypeError or ValueError with CPython's messages for names
     *                     the class cannot have
     */
    static SlotsDeclaration read(String className, PyDict namespace, PyType best, PyType[] bases) {
        PyObject slots = namespace.getItem(PyStr.of("__slots__"));
        if (slots == null) {
            return null;
        }
        PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
        if (names.length > 0 && best.isVarSized()) {
            throw Errors.typeError("nonempty __slots__ not supported for subtype of '%s'", best.name());
        }
        boolean mayAddDict = !PyType.hasInstanceDict(best);
        boolean mayAddWeakref = !best.isVarSized() && !best.hasWeaklist();
        boolean addDict = false;
        boolean addWeakref = false;
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw Errors.typeError("__slots__ items must be strings, not '%s'", n.type().name());
            }
            if (!StrMethods.isIdentifier(s.toString())) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if (s.toString().equals("__dict__")) {
                if (!mayAddDict || addDict) {
                    throw Errors.typeError("__dict__ slot disallowed: we already got one");
                }
                addDict = true;
            } else if (s.toString().equals("__weakref__")) {
                if (!mayAddWeakref || addWeakref) {
                    throw Errors.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                addWeakref = true;
            }
        }
        List<PyStr> members = new ArrayList<>();
        for (PyObject n : names) {
            String s = n.toString();
            if (addDict && s.equals("__dict__") || addWeakref && s.equals("__weakref__")) {
                continue;
            }
            PyStr member = PyStr.of(Mangler.mangle(className, s));
            // __qualname__ and __classcell__ are taken out of the class dict before the members
            // go in, so they are no class variables (type_new_copy_slots)
            if (namespace.getItem(member) != null && !member.toString().equals("__qualname__")
                    && !member.toString().equals("__classcell__")) {
                throw Errors.valueError("%s in __slots__ conflicts with class variable", StrRepr.repr(member));
            }
            members.add(member);
        }
        members.sort(null);
        // type_new_slots_bases: a dict or weak references on another base are the class's too
        for (PyType b : bases) {
            if (b != best) {
                addDict |= mayAddDict && PyType.hasInstanceDict(b);
                addWeakref |= mayAddWeakref && b.hasWeaklist();
            }
        }
        return new SlotsDeclaration(members.stream().map(PyStr::toString).toList(), addDict, addWeakref);
    }
}
