package org.taipan.modules.termios;

/**
 * The names {@code termios} defines on Linux (x86-64, aarch64, glibc) and their values: baud rates
 * ({@code B*}), the bits of the four flag words, the indexes of {@code c_cc}, the {@code tc*} actions
 * and the terminal {@code ioctl} requests, as CPython 3.11's module lists them.
 */
final class TermiosConstants {
    private TermiosConstants() {}

    /** Name and value pairs. */
    static final Object[][] ALL = {
        {"B0", 0}, {"B1000000", 0x1008}, {"B110", 3}, {"B115200", 0x1002}, {"B1152000", 0x1009}, {"B1200", 9},
        {"B134", 4}, {"B150", 5}, {"B1500000", 0x100a}, {"B1800", 0xa}, {"B19200", 0xe}, {"B200", 6},
        {"B2000000", 0x100b}, {"B230400", 0x1003}, {"B2400", 0xb}, {"B2500000", 0x100c}, {"B300", 7},
        {"B3000000", 0x100d}, {"B3500000", 0x100e}, {"B38400", 0xf}, {"B4000000", 0x100f}, {"B460800", 0x1004},
        {"B4800", 0xc}, {"B50", 1}, {"B500000", 0x1005}, {"B57600", 0x1001}, {"B576000", 0x1006}, {"B600", 8},
        {"B75", 2}, {"B921600", 0x1007}, {"B9600", 0xd}, {"BRKINT", 2}, {"BS0", 0}, {"BS1", 0x2000},
        {"BSDLY", 0x2000}, {"CBAUD", 0x100f}, {"CBAUDEX", 0x1000}, {"CDSUSP", 0x19}, {"CEOF", 4}, {"CEOL", 0},
        {"CEOT", 4}, {"CERASE", 0x7f}, {"CFLUSH", 0xf}, {"CIBAUD", 0x100f0000}, {"CINTR", 3}, {"CKILL", 0x15},
        {"CLNEXT", 0x16}, {"CLOCAL", 0x800}, {"CQUIT", 0x1c}, {"CR0", 0}, {"CR1", 0x200}, {"CR2", 0x400},
        {"CR3", 0x600}, {"CRDLY", 0x600}, {"CREAD", 0x80}, {"CRPRNT", 0x12}, {"CRTSCTS", 0x80000000L}, {"CS5", 0},
        {"CS6", 0x10}, {"CS7", 0x20}, {"CS8", 0x30}, {"CSIZE", 0x30}, {"CSTART", 0x11}, {"CSTOP", 0x13},
        {"CSTOPB", 0x40}, {"CSUSP", 0x1a}, {"CWERASE", 0x17}, {"ECHO", 8}, {"ECHOCTL", 0x200}, {"ECHOE", 0x10},
        {"ECHOK", 0x20}, {"ECHOKE", 0x800}, {"ECHONL", 0x40}, {"ECHOPRT", 0x400}, {"EXTA", 0xe}, {"EXTB", 0xf},
        {"FF0", 0}, {"FF1", 0x8000}, {"FFDLY", 0x8000}, {"FIOASYNC", 0x5452}, {"FIOCLEX", 0x5451},
        {"FIONBIO", 0x5421}, {"FIONCLEX", 0x5450}, {"FIONREAD", 0x541b}, {"FLUSHO", 0x1000}, {"HUPCL", 0x400},
        {"ICANON", 2}, {"ICRNL", 0x100}, {"IEXTEN", 0x8000}, {"IGNBRK", 1}, {"IGNCR", 0x80}, {"IGNPAR", 4},
        {"IMAXBEL", 0x2000}, {"INLCR", 0x40}, {"INPCK", 0x10}, {"IOCSIZE_MASK", 0x3fff0000}, {"IOCSIZE_SHIFT", 0x10},
        {"ISIG", 1}, {"ISTRIP", 0x20}, {"IUCLC", 0x200}, {"IXANY", 0x800}, {"IXOFF", 0x1000}, {"IXON", 0x400},
        {"NCC", 8}, {"NCCS", 0x20}, {"NL0", 0}, {"NL1", 0x100}, {"NLDLY", 0x100}, {"NOFLSH", 0x80}, {"N_MOUSE", 2},
        {"N_PPP", 3}, {"N_SLIP", 1}, {"N_STRIP", 4}, {"N_TTY", 0}, {"OCRNL", 8}, {"OFDEL", 0x80}, {"OFILL", 0x40},
        {"OLCUC", 2}, {"ONLCR", 4}, {"ONLRET", 0x20}, {"ONOCR", 0x10}, {"OPOST", 1}, {"PARENB", 0x100}, {"PARMRK", 8},
        {"PARODD", 0x200}, {"PENDIN", 0x4000}, {"TAB0", 0}, {"TAB1", 0x800}, {"TAB2", 0x1000}, {"TAB3", 0x1800},
        {"TABDLY", 0x1800}, {"TCFLSH", 0x540b}, {"TCGETA", 0x5405}, {"TCGETS", 0x5401}, {"TCIFLUSH", 0},
        {"TCIOFF", 2}, {"TCIOFLUSH", 2}, {"TCION", 3}, {"TCOFLUSH", 1}, {"TCOOFF", 0}, {"TCOON", 1}, {"TCSADRAIN", 1},
        {"TCSAFLUSH", 2}, {"TCSANOW", 0}, {"TCSBRK", 0x5409}, {"TCSBRKP", 0x5425}, {"TCSETA", 0x5406},
        {"TCSETAF", 0x5408}, {"TCSETAW", 0x5407}, {"TCSETS", 0x5402}, {"TCSETSF", 0x5404}, {"TCSETSW", 0x5403},
        {"TCXONC", 0x540a}, {"TIOCCONS", 0x541d}, {"TIOCEXCL", 0x540c}, {"TIOCGETD", 0x5424}, {"TIOCGICOUNT", 0x545d},
        {"TIOCGLCKTRMIOS", 0x5456}, {"TIOCGPGRP", 0x540f}, {"TIOCGSERIAL", 0x541e}, {"TIOCGSOFTCAR", 0x5419},
        {"TIOCGWINSZ", 0x5413}, {"TIOCINQ", 0x541b}, {"TIOCLINUX", 0x541c}, {"TIOCMBIC", 0x5417},
        {"TIOCMBIS", 0x5416}, {"TIOCMGET", 0x5415}, {"TIOCMIWAIT", 0x545c}, {"TIOCMSET", 0x5418}, {"TIOCM_CAR", 0x40},
        {"TIOCM_CD", 0x40}, {"TIOCM_CTS", 0x20}, {"TIOCM_DSR", 0x100}, {"TIOCM_DTR", 2}, {"TIOCM_LE", 1},
        {"TIOCM_RI", 0x80}, {"TIOCM_RNG", 0x80}, {"TIOCM_RTS", 4}, {"TIOCM_SR", 0x10}, {"TIOCM_ST", 8},
        {"TIOCNOTTY", 0x5422}, {"TIOCNXCL", 0x540d}, {"TIOCOUTQ", 0x5411}, {"TIOCPKT", 0x5420}, {"TIOCPKT_DATA", 0},
        {"TIOCPKT_DOSTOP", 0x20}, {"TIOCPKT_FLUSHREAD", 1}, {"TIOCPKT_FLUSHWRITE", 2}, {"TIOCPKT_NOSTOP", 0x10},
        {"TIOCPKT_START", 8}, {"TIOCPKT_STOP", 4}, {"TIOCSCTTY", 0x540e}, {"TIOCSERCONFIG", 0x5453},
        {"TIOCSERGETLSR", 0x5459}, {"TIOCSERGETMULTI", 0x545a}, {"TIOCSERGSTRUCT", 0x5458}, {"TIOCSERGWILD", 0x5454},
        {"TIOCSERSETMULTI", 0x545b}, {"TIOCSERSWILD", 0x5455}, {"TIOCSER_TEMT", 1}, {"TIOCSETD", 0x5423},
        {"TIOCSLCKTRMIOS", 0x5457}, {"TIOCSPGRP", 0x5410}, {"TIOCSSERIAL", 0x541f}, {"TIOCSSOFTCAR", 0x541a},
        {"TIOCSTI", 0x5412}, {"TIOCSWINSZ", 0x5414}, {"TOSTOP", 0x100}, {"VDISCARD", 0xd}, {"VEOF", 4}, {"VEOL", 0xb},
        {"VEOL2", 0x10}, {"VERASE", 2}, {"VINTR", 0}, {"VKILL", 3}, {"VLNEXT", 0xf}, {"VMIN", 6}, {"VQUIT", 1},
        {"VREPRINT", 0xc}, {"VSTART", 8}, {"VSTOP", 9}, {"VSUSP", 0xa}, {"VSWTC", 7}, {"VSWTCH", 7}, {"VT0", 0},
        {"VT1", 0x4000}, {"VTDLY", 0x4000}, {"VTIME", 5}, {"VWERASE", 0xe}, {"XCASE", 4}, {"XTABS", 0x1800},
    };
}
