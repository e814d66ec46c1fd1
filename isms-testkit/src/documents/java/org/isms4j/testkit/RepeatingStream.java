package org.isms4j.testkit;

import java.io.InputStream;

/**
 * A stream of a prefix, then one byte repeated up to a length, then a suffix, made on the fly: a
 * hostile document of a gigabyte that nothing but the reader under test could hold in memory.
 */
public class RepeatingStream extends InputStream {
    private final byte[] prefix;
    private final byte fill;
    private final long length;
    private final byte[] suffix;
    private long position;

    /**
     * Makes the stream.
     *
     * @param prefix the first bytes, as UTF-8
     * @param fill the byte repeated after them
     * @param length how often it is repeated
     * @param suffix the last bytes, as UTF-8
     */
    public RepeatingStream(String prefix, char fill, long length, String suffix) {
        this.prefix = prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.fill = (byte) fill;
        this.length = length;
        this.suffix = suffix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Returns how many bytes have been read.
     *
     * @return the position
     */
    public long position() {
        return position;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        long total = prefix.length + length + suffix.length;
        if (position >= total) {
            return -1;
        }
        int n = (int) Math.min(count, total - position);
        for (int i = 0; i < n; i++) {
            long at = position + i;
            buffer[offset + i] = at < prefix.length ? prefix[(int) at]
                    : at < prefix.length + length ? fill : suffix[(int) (at - prefix.length - length)];
        }
        position += n;
        return n;
    }
}
