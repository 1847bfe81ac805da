package org.taipan.modules.socket;

import java.util.ArrayList;
import java.util.List;
import org.taipan.modules.io.FdTable;
import org.taipan.modules.posix.Libc;
import org.taipan.modules.posix.RealFds;
import org.taipan.runtime.Interpreter;

/**
 * Ancillary data (control messages) between Python's {@code (level, type, data)} items and the
 * bytes of a control buffer, with the descriptors of {@code SCM_RIGHTS} translated: a Python
 * program names descriptors by the interpreter's numbers ({@link FdTable}), the kernel by the
 * process's, so the numbers a program sends become the real descriptors behind them and the real
 * descriptors received are entered in the table and handed over under their new numbers.
 */
final class Ancillary {
    private Ancillary() {}

    static final int SOL_SOCKET = 1, SCM_RIGHTS = 1;

    /** One control message. */
    record Item(int level, int type, byte[] data) {}

    /** {@code CMSG_SPACE(n)}: the room a message with {@code n} data bytes takes, padding included. */
    static long space(long n) {
        return MessageCalls.CMSG_HEADER + MessageCalls.align(n);
    }

    /**
     * The control block sendmsg passes: each item at a {@code CMSG_SPACE} boundary, zero-padded,
     * with {@code cmsg_len} {@code CMSG_LEN(len(data))}; SCM_RIGHTS descriptors made real.
     *
     * @throws org.taipan.runtime.PyException OSError EBADF for a number that is not an open
     *     descriptor with a real one (the kernel's answer for a bad descriptor)
     */
    static byte[] encode(List<Item> items, long total) {
        byte[] out = new byte[(int) total];
        int pos = 0;
        for (Item it : items) {
            byte[] data = it.level == SOL_SOCKET && it.type == SCM_RIGHTS ? realFds(it.data) : it.data;
            putLong(out, pos, MessageCalls.CMSG_HEADER + (long) data.length);
            putInt(out, pos + 8, it.level);
            putInt(out, pos + 12, it.type);
            System.arraycopy(data, 0, out, pos + MessageCalls.CMSG_HEADER, data.length);
            pos += (int) space(data.length);
        }
        return out;
    }

    /** The data of an outgoing SCM_RIGHTS message with each whole int mapped to its real descriptor. */
    private static byte[] realFds(byte[] data) {
        byte[] out = data.clone();
        for (int i = 0; i + 4 <= out.length; i += 4) {
            putInt(out, i, RealFds.of(getInt(out, i)));
        }
        return out;
    }

    /** What {@link #decode} found: the items, and whether the last one was cut short or malformed. */
    record Received(List<Item> items, boolean malformed) {}

    /**
     * The items of a received control block, walked as CPython's {@code sock_recvmsg_guts} walks
     * it ({@code get_cmsg_data_len}): an item whose data runs past the buffer is kept as far as it
     * goes and ends the walk; a header that does not fit ends it without an item. Descriptors are
     * still real here ({@link #adopt} enters them).
     */
    static Received decode(MessageCalls.Message m) {
        byte[] control = m.control();
        List<Item> items = new ArrayList<>();
        for (long at = control.length > 0 ? m.firstHeader() : -1; at >= 0; at = m.nextHeader(at)) {
            if (at + MessageCalls.CMSG_HEADER > control.length) {
                return new Received(items, true);
            }
            // size_t arithmetic, as in C: a huge cmsg_len is long, not negative
            long cmsgLen = getLong(control, (int) at);
            if (Long.compareUnsigned(cmsgLen, MessageCalls.CMSG_HEADER) < 0) {
                return new Received(items, true);
            }
            long wanted = cmsgLen - MessageCalls.CMSG_HEADER;
            long room = control.length - (at + MessageCalls.CMSG_HEADER);
            boolean cut = Long.compareUnsigned(room, wanted) < 0;
            if (cut) {
                wanted = room;
            }
            int from = (int) (at + MessageCalls.CMSG_HEADER);
            byte[] data = java.util.Arrays.copyOfRange(control, from, from + (int) wanted);
            items.add(new Item(getInt(control, (int) at + 8), getInt(control, (int) at + 12), data));
            if (cut) {
                return new Received(items, true);
            }
        }
        return new Received(items, false);
    }

    /**
     * Enters the real descriptors of the SCM_RIGHTS items in {@code interp}'s table
     * ({@link ReceivedFds}) and rewrites the items' data with their numbers there; a trailing partial int stays as
     * received.
     */
    static List<Item> adopt(Interpreter interp, List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            if (it.level != SOL_SOCKET || it.type != SCM_RIGHTS) {
                out.add(it);
                continue;
            }
            byte[] data = it.data.clone();
            for (int i = 0; i + 4 <= data.length; i += 4) {
                putInt(data, i, ReceivedFds.enter(interp, getInt(data, i)));
            }
            out.add(new Item(it.level, it.type, data));
        }
        return out;
    }

    /** Closes the real descriptors of received SCM_RIGHTS items that will not be handed over (CPython's {@code err_closefds}). */
    static void closeReceived(List<Item> items) {
        for (Item it : items) {
            if (it.level == SOL_SOCKET && it.type == SCM_RIGHTS) {
                for (int i = 0; i + 4 <= it.data.length; i += 4) {
                    Libc.close(getInt(it.data, i));
                }
            }
        }
    }

    static int getInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | b[at + 3] << 24;
    }

    private static long getLong(byte[] b, int at) {
        return Integer.toUnsignedLong(getInt(b, at)) | (long) getInt(b, at + 4) << 32;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }

    private static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) v);
        putInt(b, at + 4, (int) (v >> 32));
    }
}
