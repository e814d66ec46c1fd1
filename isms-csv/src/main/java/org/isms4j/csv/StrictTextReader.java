package org.isms4j.csv;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of a table's bytes, decoded strictly: a byte order mark chooses UTF-8 or UTF-16 (and
 * is skipped), a UTF-32 mark is refused, and otherwise the chosen encoding applies. Every
 * malformed or unmappable sequence fails with {@link DecodingException}, only after the text
 * before it has been read, so that the parser stands at the row and cell where it is; nothing is
 * replaced.
 *
 * <p>Not part of the API. This class is not thread-safe.
 */
final class StrictTextReader extends Reader {

    /** A sequence of bytes that is not text of the encoding. */
    static final class DecodingException extends CharConversionException {
        private static final long serialVersionUID = 1L;

        DecodingException(String message) {
            super(message);
        }
    }

    private static final Charset UTF_16BE = StandardCharsets.UTF_16BE;
    private static final Charset UTF_16LE = StandardCharsets.UTF_16LE;

    private final InputStream in;
    private final CsvCharset chosen;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private CharsetDecoder decoder;
    private String encoding;
    private long consumed;
    private boolean endOfInput;
    private boolean flushed;
    private String failure;

    StrictTextReader(InputStream in, CsvCharset charset) {
        this.in = Objects.requireNonNull(in, "in");
        this.chosen = Objects.requireNonNull(charset, "charset");
        bytes.flip();
    }

    /** Fills the buffer from the stream; returns false at the end of the stream. */
    private boolean fill() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n > 0) {
                bytes.position(bytes.position() + n);
            }
            return n >= 0;
        } finally {
            bytes.flip();
        }
    }

    /** Reads the byte order mark, if any, and chooses the decoder. */
    private void start() throws IOException {
        while (bytes.remaining() < 4 && fill()) {
            // Up to four bytes, for the longest mark.
        }
        int b0 = byteAt(0);
        int b1 = byteAt(1);
        int b2 = byteAt(2);
        int b3 = byteAt(3);
        Charset charset = chosen.charset();
        int mark = 0;
        if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
            throw new DecodingException("Unsupported encoding: the file starts with the byte order mark of UTF-32; "
                    + "save it as \"CSV UTF-8 (Comma delimited)\"");
        } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            charset = StandardCharsets.UTF_8;
            mark = 3;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = UTF_16BE;
            mark = 2;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            charset = UTF_16LE;
            mark = 2;
        }
        bytes.position(bytes.position() + mark);
        consumed = mark;
        encoding = charset == UTF_16BE || charset == UTF_16LE ? "UTF-16" : charset.name();
        decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private int byteAt(int index) {
        return bytes.remaining() > index ? bytes.get(bytes.position() + index) & 0xFF : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (decoder == null) {
            start();
        }
        if (failure != null) {
            throw new DecodingException(failure);
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            consumed += bytes.position() - before;
            if (result.isError()) {
                failure = message(result);
                if (out.position() > offset) {
                    break;
                }
                throw new DecodingException(failure);
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    if (decoder.flush(out).isOverflow()) {
                        break;
                    }
                    flushed = true;
                } else if (!fill()) {
                    endOfInput = true;
                }
            }
            // Overflow: the caller's buffer is full, which out.position() shows.
        }
        return out.position() - offset;
    }

    private String message(CoderResult result) {
        StringBuilder sequence = new StringBuilder();
        int shown = Math.min(result.length(), 4);
        for (int i = 0; i < shown; i++) {
            sequence.append(i == 0 ? "" : " ").append(CsvText.format("0x%02x", bytes.get(bytes.position() + i) & 0xFF));
        }
        String kind = result.isMalformed() ? "not " + encoding : "a character " + encoding + " does not map";
        String advice = chosen == CsvCharset.UTF_8 && encoding.equals("UTF-8")
                ? "if Excel saved the file as \"CSV (Comma delimited)\" on a Japanese PC, it is windows-31j: read it "
                        + "with withCharset(CsvCharset.WINDOWS_31J), or save it again as \"CSV UTF-8 (Comma delimited)\""
                : encoding.equals("UTF-16") ? "save the file as \"CSV UTF-8 (Comma delimited)\""
                : "if the file is UTF-8, read it with withCharset(CsvCharset.UTF_8); or save it as "
                        + "\"CSV UTF-8 (Comma delimited)\"";
        return CsvText.format("Invalid %s text: the bytes %s at offset %d are %s; %s", encoding, sequence, consumed,
                kind, advice);
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }
}
