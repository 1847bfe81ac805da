package org.taipan.modules.csv;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.PyComplex;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyType;

/**
 * A {@code _csv.writer} (CPython 3.11's {@code WriterObj}): formats an iterable of fields as one
 * CSV record, quoting or escaping as the dialect says, and passes it with the line terminator
 * to the output's {@code write} method ({@code writerow} returns what {@code write} returned).
 */
final class CsvWriter extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_csv.writer", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_csv"));
        TYPE.addAttr("__doc__", PyStr.of("CSV writer\n\nWriter objects are responsible for generating tabular data\n"
                + "in CSV format from sequence input.\n"));
        TYPE.tp_new = (type, a, k) -> {
            throw Errors.typeError("cannot create '_csv.writer' instances");
        };
        TYPE.addMethod("writerow", (self, a, k) -> ((CsvWriter) self).writerow(
                Args.oneArg("writer.writerow", a, k)));
        TYPE.addMethod("writerows", (self, a, k) -> {
            CsvWriter w = (CsvWriter) self;
            PyObject rows = Abstract.iter(Args.oneArg("writer.writerows", a, k));
            for (PyObject row = Abstract.next(rows); row != null; row = Abstract.next(rows)) {
                w.writerow(row);
            }
            return PyNone.NONE;
        });
        TYPE.addAttr("dialect", new PyGetSetDescr(TYPE, "dialect", o -> ((CsvWriter) o).dialect, CsvReader::readonly));
        TYPE.ready();
    }

    private final PyObject write;
    private final CsvDialect dialect;
    /** The record being built, in code points. */
    private int[] rec = new int[256];
    private int recLen;
    private int numFields;

    CsvWriter(PyObject write, CsvDialect dialect) {
        this.write = write;
        this.dialect = dialect;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code csv_writerow}: str fields as they are, None as an empty field, anything else as
     * {@code str()} of it.
     *
     * @throws PyException _csv.Error "iterable expected, not T", "need to escape, but no
     *     escapechar set", "single empty field record must be quoted"
     */
    PyObject writerow(PyObject seq) {
        PyObject it;
        try {
            it = Abstract.iter(seq);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw CsvState.error("iterable expected, not " + seq.type().name());
            }
            throw e;
        }
        CsvDialect d = dialect;
        recLen = 0;
        numFields = 0;
        for (PyObject f = Abstract.next(it); f != null; f = Abstract.next(it)) {
            boolean quoted = switch (d.quoting) {
                case CsvDialect.QUOTE_NONNUMERIC -> !isNumber(f);
                case CsvDialect.QUOTE_ALL -> true;
                default -> false;
            };
            PyStr text = f instanceof PyStr s ? s : f == PyNone.NONE ? null : Abstract.str(f);
            appendField(text, quoted);
        }
        if (numFields > 0 && recLen == 0) {
            // A lone empty field must be written as "" or the record would read back as [].
            if (d.quoting == CsvDialect.QUOTE_NONE) {
                throw CsvState.error("single empty field record must be quoted");
            }
            numFields--;
            appendField(null, true);
        }
        PyStr lt = d.lineterminator;
        for (int i = 0, n = lt.length(); i < n; i++) {
            add(lt.codePointAt(i));
        }
        PyStr line = PyStr.ofCodePoints(java.util.Arrays.copyOf(rec, recLen));
        return Callables.call(write, line);
    }

    /** {@code PyNumber_Check}: what QUOTE_NONNUMERIC leaves unquoted. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return o instanceof PyComplex || t.nb_index != null || t.nb_int != null || t.nb_float != null;
    }

    private void add(int c) {
        if (recLen == rec.length) {
            rec = java.util.Arrays.copyOf(rec, rec.length * 2);
        }
        rec[recLen++] = c;
    }

    /**
     * {@code join_append}: the delimiter, then the field with special characters escaped or
     * doubled; the field is quoted when {@code quoted} or when it contains a delimiter, quote,
     * escape or line-terminator character that QUOTE_MINIMAL resolves by quoting.
     */
    private void appendField(PyStr field, boolean quoted) {
        CsvDialect d = dialect;
        if (numFields > 0) {
            add(d.delimiter);
        }
        int start = recLen;
        if (field != null) {
            for (int i = 0, n = field.length(); i < n; i++) {
                int c = field.codePointAt(i);
                if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.inLineterminator(c)) {
                    boolean escape = false;
                    if (d.quoting == CsvDialect.QUOTE_NONE) {
                        escape = true;
                    } else {
                        if (c == d.quotechar) {
                            if (d.doublequote) {
                                add(d.quotechar);
                            } else {
                                escape = true;
                            }
                        } else if (c == d.escapechar) {
                            escape = true;
                        }
                        if (!escape) {
                            quoted = true;
                        }
                    }
                    if (escape) {
                        if (d.escapechar == CsvDialect.NOT_SET) {
                            throw CsvState.error("need to escape, but no escapechar set");
                        }
                        add(d.escapechar);
                    }
                }
                add(c);
            }
        }
        if (quoted) {
            add(d.quotechar);
            System.arraycopy(rec, start, rec, start + 1, recLen - 1 - start);
            rec[start] = d.quotechar;
            add(d.quotechar);
        }
        numFields++;
    }
}
