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

    /**
     * Neither encoding fits. {@code offset} (0-based) is where the encoding that read furthest
     * failed: a GB18030 file cut in the middle of a character fails for UTF-8 at its first Chinese
     * character, but for GB18030 only where it was cut, and that is the place to show.
     */
    public static final class UndecodableException extends Exception {
        private final long offset;

        UndecodableException(long utf8Offset, long gb18030Offset) {
            super(message(utf8Offset, gb18030Offset));
            this.offset = Math.max(utf8Offset, gb18030Offset);
        }

        private static String message(long utf8, long gb18030) {
            if (gb18030 > utf8) {
                return "按 GB18030 解码在第 " + (gb18030 + 1) + " 字节处失败（此前的内容是 GB18030 编码，文件可能被截断或损坏）";
            }
            if (utf8 > gb18030) {
                return "按 UTF-8 解码在第 " + (utf8 + 1) + " 字节处失败（此前的内容是 UTF-8 编码，文件可能被截断或损坏）";
            }
            return "第 " + (utf8 + 1) + " 字节处无法按 UTF-8 或 GB18030 解码";
        }

        public long offset() {
            return offset;
        }
    }

    /** Where a strict decoding stopped (0-based). */
    private static final class Malformed extends Exception {
        private final long offset;

        Malformed(long offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private LandingText() {
    }

    public static Decoded decode(byte[] bytes) throws UndecodableException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            try {
                return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), "UTF-8-BOM");
            } catch (Malformed notUtf8) {
                throw new UndecodableException(notUtf8.offset, 0);
            }
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
        } catch (Malformed notUtf8) {
            try {
                return new Decoded(strict(GB18030, bytes, 0), "GB18030");
            } catch (Malformed notGb) {
                throw new UndecodableException(notUtf8.offset, notGb.offset);
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes, int start) throws Malformed {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        return out.flip().toString();
    }
}
