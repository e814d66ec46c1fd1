package org.isms4j.json.deser;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Objects;

/**
 * The bytes of a JSON document, checked to be UTF-8 (RFC 8259 section 8.1) as the parser reads
 * them: every byte sequence must be one of the well-formed sequences of the Unicode Standard
 * (table 3-7), so that an overlong form ({@code C0 AF} for {@code /}), an encoded surrogate
 * ({@code ED A0 80}) and a code point above U+10FFFF ({@code F4 90 80 80}) fail, and so does
 * UTF-16 or UTF-32 text: a byte order mark ({@code FE FF}, {@code FF FE}, {@code 00 00 FE FF}) or
 * a zero byte among the first four, which JSON in UTF-16 or UTF-32 has and JSON in UTF-8 never
 * has. A UTF-8 byte order mark ({@code EF BB BF}) is well-formed UTF-8 and passes; the parser
 * skips it at the start of the document.
 *
 * <p>Jackson's own UTF-8 decoding (jackson-core 2.21) lets the overlong forms, the four-byte
 * sequences above U+10FFFF and those of the first bytes {@code F5} - {@code F7} through, in names
 * as in strings, decoding them to other characters or to lone surrogates; it rejects an encoded
 * surrogate and a byte {@code F8} - {@code FF} only, and takes UTF-16 and UTF-32 by their first
 * bytes. This check therefore stands before it, on the bytes. A failure is a
 * {@link NotUtf8Exception} with the byte offset of the sequence's first byte, raised only once the
 * bytes before the sequence have been handed to the parser, so that the parser stands where the
 * sequence is, such as {@code Invalid UTF-8 at byte offset 66: 0xc0 begins an overlong encoding;
 * a JSON document is read as UTF-8 only (RFC 8259)}. The message shows the bytes up to the one
 * that decides, so that it is the same however the stream splits the input; the first four bytes
 * are read together for the same reason. ASCII is checked eight bytes at a time, which leaves the
 * parser's own pace alone.
 *
 * <p>Not part of the API. This class is not thread-safe.
 */
public final class StrictUtf8Input extends FilterInputStream {

    /** A byte sequence that is not UTF-8, at its byte offset. */
    public static final class NotUtf8Exception extends JsonParseException {
        private static final long serialVersionUID = 1L;

        /** The offset of the sequence's first byte, from the first byte of the input. */
        private final long offset;

        NotUtf8Exception(long offset, String message) {
            super((JsonParser) null, message);
            this.offset = offset;
        }

        /**
         * Returns the offset of the sequence's first byte, counted from 0 at the first byte of the
         * input.
         *
         * @return the offset
         */
        public long offset() {
            return offset;
        }
    }

    /**
     * The decorator that puts every byte input of a Jackson factory through this check: streams,
     * byte arrays (and so files and URLs) and {@link DataInput}; text ({@link Reader}) passes as it
     * is.
     */
    public static final InputDecorator DECORATOR = new Decorator();

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.nativeOrder());
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Bytes handed out before the current chunk. */
    private long position;
    /** Continuation bytes the current sequence still needs; 0 between sequences. */
    private int needed;
    /** The range of the next continuation byte. */
    private int lower;
    private int upper;
    /** The bytes of the current sequence so far, the first highest, and how many. */
    private int sequence;
    private int sequenceLength;
    /** The offset of the current sequence's first byte. */
    private long sequenceStart;
    /** The failure found after the bytes handed out last, thrown by the next read. */
    private NotUtf8Exception failure;
    /** Whether the first bytes were read. */
    private boolean started;
    /** The buffer of {@link #read()}. */
    private final byte[] single = new byte[1];

    /**
     * Wraps a stream.
     *
     * @param in the stream, not null
     */
    public StrictUtf8Input(InputStream in) {
        super(Objects.requireNonNull(in, "in"));
    }

    @Override
    public int read() throws IOException {
        int n = read(single, 0, 1);
        return n < 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (failure != null) {
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, length);
        if (position == 0 && !started) {
            // The first four bytes together, however the stream splits them: they tell UTF-16
            // and UTF-32 apart, and the parser reads them together anyway.
            started = true;
            int head = Math.min(length, 4);
            while (n >= 0 && n < head) {
                int more = in.read(buffer, offset + n, head - n);
                if (more < 0) {
                    break;
                }
                n += more;
            }
        }
        if (n < 0) {
            if (needed > 0) {
                failure = fail(sequence, sequenceLength, "is a sequence cut short by the end of the input");
                throw failure;
            }
            return -1;
        }
        int valid = check(buffer, offset, offset + n);
        position += valid;
        if (valid == n) {
            return n;
        }
        if (valid > 0) {
            // The bytes before the bad sequence first, so that the parser fails where it is.
            return valid;
        }
        throw failure;
    }

    /**
     * Checks bytes, carrying the sequence in progress over from the bytes before.
     *
     * @return how many bytes lie before the first bad sequence's start: all of them if none, and
     *     then {@link #failure} is set
     */
    private int check(byte[] bytes, int from, int to) {
        int i = from;
        if (position == 0 && to - from >= 2) {
            String mark = byteOrderMark(bytes, from, to);
            if (mark != null) {
                sequenceStart = 0;
                int count = mark.contains("UTF-32") ? 4 : 2;
                int shown = 0;
                for (int j = from; j < from + count; j++) {
                    shown = shown << 8 | (bytes[j] & 0xFF);
                }
                failure = fail(shown, count, "is the byte order mark of " + mark);
                return 0;
            }
        }
        if (position < 4) {
            for (int j = from; j < to && position + (j - from) < 4; j++) {
                if (bytes[j] == 0) {
                    sequenceStart = position + (j - from);
                    failure = fail(0, 1, "is a zero byte among the first four, as UTF-16 and UTF-32 text has");
                    return j - from;
                }
            }
        }
        while (i < to) {
            if (needed == 0) {
                // ASCII, 32 bytes at a time, then 8.
                while (i + 32 <= to && (((long) LONGS.get(bytes, i) | (long) LONGS.get(bytes, i + 8)
                        | (long) LONGS.get(bytes, i + 16) | (long) LONGS.get(bytes, i + 24)) & HIGH_BITS) == 0) {
                    i += 32;
                }
                while (i + 8 <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                // Then byte by byte, whole sequences at once, back to words after a run of ASCII.
                int ascii = 0;
                int c = 0;
                while (i < to && ascii < 16) {
                    c = bytes[i] & 0xFF;
                    if (c < 0x80) {
                        i++;
                        ascii++;
                        continue;
                    }
                    // Kana, kanji and full-width forms first: E1 - EC and EE - EF, then any two
                    // continuation bytes.
                    if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < to && (bytes[i + 1] & 0xC0) == 0x80
                            && (bytes[i + 2] & 0xC0) == 0x80) {
                        i += 3;
                        ascii = 0;
                        continue;
                    }
                    int whole = wholeSequence(bytes, i, to, c);
                    if (whole == 0) {
                        break;
                    }
                    i += whole;
                    ascii = 0;
                }
                if (i == to || ascii == 16) {
                    continue;
                }
                // A sequence cut by the end of the bytes, or a bad one: byte by byte.
                sequenceStart = position + (i - from);
                sequence = c;
                sequenceLength = 1;
                if (!lead(c)) {
                    failure = leadFailure(c);
                    return (int) (sequenceStart - position);
                }
            } else {
                int c = bytes[i] & 0xFF;
                if (c < lower || c > upper) {
                    failure = continuationFailure(c);
                    return (int) Math.max(0, sequenceStart - position);
                }
                sequence = sequence << 8 | c;
                sequenceLength++;
                needed--;
                lower = 0x80;
                upper = 0xBF;
            }
            i++;
        }
        return to - from;
    }

    /**
     * Checks a sequence of two, three or four bytes that lies whole in the bytes, as Japanese text
     * has them one after another, without the state carried from chunk to chunk.
     *
     * @return the sequence's length if it is well-formed, or 0 to check it byte by byte: it is
     *     cut by the end of the bytes, or it is bad
     */
    private static int wholeSequence(byte[] bytes, int at, int to, int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            return at + 1 < to && (bytes[at + 1] & 0xC0) == 0x80 ? 2 : 0;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (at + 2 >= to) {
                return 0;
            }
            int c1 = bytes[at + 1] & 0xFF;
            boolean second = c == 0xE0 ? c1 >= 0xA0 && c1 <= 0xBF : c == 0xED ? c1 >= 0x80 && c1 <= 0x9F
                    : (c1 & 0xC0) == 0x80;
            return second && (bytes[at + 2] & 0xC0) == 0x80 ? 3 : 0;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (at + 3 >= to) {
                return 0;
            }
            int c1 = bytes[at + 1] & 0xFF;
            boolean second = c == 0xF0 ? c1 >= 0x90 && c1 <= 0xBF : c == 0xF4 ? c1 >= 0x80 && c1 <= 0x8F
                    : (c1 & 0xC0) == 0x80;
            return second && (bytes[at + 2] & 0xC0) == 0x80 && (bytes[at + 3] & 0xC0) == 0x80 ? 4 : 0;
        }
        return 0;
    }

    /** The encoding whose byte order mark the input starts with, other than UTF-8's, or null. */
    private static String byteOrderMark(byte[] bytes, int from, int to) {
        int b0 = bytes[from] & 0xFF;
        int b1 = bytes[from + 1] & 0xFF;
        boolean four = to - from >= 4;
        if (four && b0 == 0 && b1 == 0 && (bytes[from + 2] & 0xFF) == 0xFE && (bytes[from + 3] & 0xFF) == 0xFF) {
            return "UTF-32 (big-endian)";
        }
        if (four && b0 == 0xFF && b1 == 0xFE && bytes[from + 2] == 0 && bytes[from + 3] == 0) {
            return "UTF-32 (little-endian)";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16 (big-endian)";
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16 (little-endian)";
        }
        return null;
    }

    /** Starts a sequence at its first byte; false if no well-formed sequence starts so. */
    private boolean lead(int c) {
        lower = 0x80;
        upper = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            needed = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            needed = 2;
            if (c == 0xE0) {
                lower = 0xA0;
            } else if (c == 0xED) {
                upper = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            needed = 3;
            if (c == 0xF0) {
                lower = 0x90;
            } else if (c == 0xF4) {
                upper = 0x8F;
            }
        } else {
            return false;
        }
        return true;
    }

    /**
     * The failure of a first byte that starts no sequence. The bytes a message shows end at the
     * byte that decides the failure, so that it is the same however the stream splits the input.
     */
    private NotUtf8Exception leadFailure(int c) {
        String kind;
        if (c >= 0x80 && c <= 0xBF) {
            kind = "is a continuation byte without a leading byte";
        } else if (c == 0xC0 || c == 0xC1) {
            kind = "begins an overlong encoding";
        } else if (c >= 0xF5 && c <= 0xF7) {
            kind = "begins a code point above U+10FFFF";
        } else {
            kind = "is a byte UTF-8 never uses";
        }
        return fail(c, 1, kind);
    }

    /** The failure of a byte outside the range the sequence allows next. */
    private NotUtf8Exception continuationFailure(int c) {
        int first = sequence >>> 8 * (sequenceLength - 1);
        String kind;
        if (c < 0x80 || c > 0xBF) {
            kind = "is a sequence cut short";
        } else if (first == 0xED) {
            kind = "begins an encoded surrogate (U+D800 - U+DFFF)";
        } else if (first == 0xF4) {
            kind = "begins a code point above U+10FFFF";
        } else {
            kind = "begins an overlong encoding";
        }
        return fail(sequence << 8 | c, sequenceLength + 1, kind);
    }

    private NotUtf8Exception fail(int bytes, int count, String kind) {
        StringBuilder shown = new StringBuilder();
        for (int i = count - 1; i >= 0; i--) {
            shown.append(String.format(Locale.ROOT, "0x%02x", bytes >>> 8 * i & 0xFF)).append(i > 0 ? " " : "");
        }
        return new NotUtf8Exception(sequenceStart, String.format(Locale.ROOT,
                "Invalid UTF-8 at byte offset %d: %s %s; a JSON document is read as UTF-8 only (RFC 8259)",
                sequenceStart, shown, kind));
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are checked too: the sequence they end or start must still be whole.
        byte[] skipped = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // Not supported: a reset would check bytes twice.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    /** The decorator of {@link #DECORATOR}. */
    private static final class Decorator extends InputDecorator {
        private static final long serialVersionUID = 1L;

        @Override
        public InputStream decorate(IOContext context, InputStream in) {
            return new StrictUtf8Input(in);
        }

        @Override
        public InputStream decorate(IOContext context, byte[] bytes, int offset, int length) {
            return new StrictUtf8Input(new ByteArrayInputStream(bytes, offset, length));
        }

        @Override
        public DataInput decorate(IOContext context, DataInput input) {
            // Byte by byte, as the parser of a DataInput reads, so that nothing after the
            // document is taken from the caller's input.
            return new DataInputStream(new StrictUtf8Input(new InputStream() {
                @Override
                public int read() throws IOException {
                    try {
                        return input.readUnsignedByte();
                    } catch (EOFException e) {
                        return -1;
                    }
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    Objects.checkFromIndexSize(offset, length, buffer.length);
                    if (length == 0) {
                        return 0;
                    }
                    int b = read();
                    if (b < 0) {
                        return -1;
                    }
                    buffer[offset] = (byte) b;
                    return 1;
                }
            }));
        }

        @Override
        public Reader decorate(IOContext context, Reader reader) {
            return reader;
        }
    }
}
