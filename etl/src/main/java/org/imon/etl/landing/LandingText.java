package org.imon.etl.landing;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/**
 * Decodes a department's text file. Files arrive as UTF-8 (with or without a byte-order mark) or as
 * GB18030/GBK from Chinese Excel. UTF-8 is tried first because a GBK file is almost never valid
 * UTF-8, while valid UTF-8 decodes as (wrong) GB18030 without error.
 */
public final class LandingText {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the encoding it was found in. */
    public record Decoded(String text, String encoding) {
    }

    /** Neither encoding fits; {@code offset} is the first byte that UTF-8 could not decode. */
    public static final class UndecodableException extends Exception {
        private final long offset;

        UndecodableException(long offset) {
            super("第 " + offset + " 字节处无法按 UTF-8 或 GB18030 解码");
            this.offset = offset;
        }

        public long offset() {
            return offset;
        }
    }

    private LandingText() {
    }

    public static Decoded decode(byte[] bytes) throws UndecodableException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), "UTF-8-BOM");
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
        } catch (UndecodableException notUtf8) {
            try {
                return new Decoded(strict(GB18030, bytes, 0), "GB18030");
            } catch (UndecodableException notGb) {
                throw notUtf8;
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes, int start) throws UndecodableException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UndecodableException(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new UndecodableException(in.position());
        }
        return out.flip().toString();
    }
}
