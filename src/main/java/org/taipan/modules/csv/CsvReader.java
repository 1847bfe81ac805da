package org.taipan.modules.csv;

import org.taipan.runtime.Abstract;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.PyGetSetDescr;
import org.taipan.runtime.PyType;

/**
 * A {@code _csv.reader} (CPython 3.11's {@code ReaderObj}): an iterator over the lines of
 * another iterator that returns one parsed record (a list of fields) per call, with
 * {@code line_num} (lines read so far) and {@code dialect}. The parser is
 * {@code parse_process_char}'s state machine, fed one code point at a time and {@link #EOL}
 * at the end of each line; a quoted field may span lines.
 */
final class CsvReader extends PyObject {
    static final PyType TYPE = PyType.builtinFinal("_csv.reader", PyType.OBJECT);

    static {
        TYPE.addAttr("__module__", PyStr.of("_csv"));
        TYPE.addAttr("__doc__", PyStr.of("CSV reader\n\nReader objects are responsible for reading and parsing tabular data\n"
                + "in CSV format.\n"));
        TYPE.tp_new = (type, a, k) -> {
            throw Errors.typeError("cannot create '_csv.reader' instances");
        };
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((CsvReader) o).next();
        // Members in CPython (T_OBJECT, T_ULONG, READONLY): assigning says "readonly attribute".
        TYPE.addAttr("dialect", new PyGetSetDescr(TYPE, "dialect", o -> ((CsvReader) o).dialect, CsvReader::readonly));
        TYPE.addAttr("line_num", new PyGetSetDescr(TYPE, "line_num", o -> PyInt.of(((CsvReader) o).lineNum),
                CsvReader::readonly));
        TYPE.ready();
    }

    /** The setter of a read-only member: AttributeError "readonly attribute". */
    static void readonly(PyObject self, PyObject value) {
        throw Errors.attributeError("readonly attribute");
    }

    /** The end-of-line marker fed after each line's characters (never a code point). */
    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final CsvState state;
    private final PyObject input;
    private final CsvDialect dialect;
    private long lineNum;

    private State parse;
    private PyList fields;
    private int[] field = new int[64];
    private int fieldLen;
    /** Whether the field being read is converted to float (QUOTE_NONNUMERIC, begun unquoted). */
    private boolean numericField;

    CsvReader(CsvState state, PyObject input, CsvDialect dialect) {
        this.state = state;
        this.input = input;
        this.dialect = dialect;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code Reader_iternext}: the next record, or null at the end of the input. */
    private PyObject next() {
        fields = new PyList();
        fieldLen = 0;
        parse = State.START_RECORD;
        numericField = false;
        do {
            PyObject line = Abstract.next(input);
            if (line == null) {
                if (fieldLen != 0 || parse == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw CsvState.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            if (!(line instanceof PyStr s)) {
                throw CsvState.error(String.format(
                        "iterator should return strings, not %s (the file should be opened in text mode)",
                        line.type().name()));
            }
            lineNum++;
            for (int i = 0, n = s.length(); i < n; i++) {
                processChar(s.codePointAt(i));
            }
            processChar(EOL);
        } while (parse != State.START_RECORD);
        PyList r = fields;
        fields = null;
        return r;
    }

    /** Ends the current field: a str, or a float for a numeric field. */
    private void saveField() {
        PyObject f = PyStr.ofCodePoints(java.util.Arrays.copyOf(field, fieldLen));
        if (numericField) {
            numericField = false;
            f = Abstract.toFloat(f);
        }
        fieldLen = 0;
        fields.append(f);
    }

    private void addChar(int c) {
        if (fieldLen >= state.fieldLimit) {
            throw CsvState.error(String.format("field larger than field limit (%d)", state.fieldLimit));
        }
        if (fieldLen == field.length) {
            field = java.util.Arrays.copyOf(field, field.length * 2);
        }
        field[fieldLen++] = c;
    }

    private static boolean isNewline(int c) {
        return c == '\n' || c == '\r';
    }

    /** {@code parse_process_char}: one step of the state machine. */
    private void processChar(int c) {
        CsvDialect d = dialect;
        switch (parse) {
            case START_RECORD:
                if (c == EOL) {
                    // An empty line is an empty record.
                    return;
                }
                if (isNewline(c)) {
                    parse = State.EAT_CRNL;
                    return;
                }
                parse = State.START_FIELD;
                startField(c);
                return;
            case START_FIELD:
                startField(c);
                return;
            case ESCAPED_CHAR:
                if (isNewline(c)) {
                    addChar(c);
                    parse = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                parse = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c);
                return;
            case IN_FIELD:
                inField(c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    parse = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
                    parse = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                parse = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != CsvDialect.QUOTE_NONE && c == d.quotechar) {
                    // A doubled quote stands for one quote.
                    addChar(c);
                    parse = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    parse = State.START_FIELD;
                } else if (isNewline(c) || c == EOL) {
                    saveField();
                    parse = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    parse = State.IN_FIELD;
                } else {
                    throw CsvState.error(String.format("'%s' expected after '%s'", Character.toString(d.delimiter),
                            Character.toString(d.quotechar)));
                }
                return;
            case EAT_CRNL:
                if (isNewline(c)) {
                    return;
                }
                if (c == EOL) {
                    parse = State.START_RECORD;
                    return;
                }
                throw CsvState.error("new-line character seen in unquoted field - "
                        + "do you need to open the file in universal-newline mode?");
            default:
                throw new IllegalStateException(parse.name());
        }
    }

    private void startField(int c) {
        CsvDialect d = dialect;
        if (isNewline(c) || c == EOL) {
            saveField();
            parse = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
            parse = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            parse = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            // Spaces after a delimiter are dropped.
            return;
        } else if (c == d.delimiter) {
            saveField();
        } else {
            numericField = d.quoting == CsvDialect.QUOTE_NONNUMERIC;
            addChar(c);
            parse = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        CsvDialect d = dialect;
        if (isNewline(c) || c == EOL) {
            saveField();
            parse = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            parse = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            parse = State.START_FIELD;
        } else {
            addChar(c);
        }
    }
}
