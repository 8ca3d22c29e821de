package org.imon.etl.landing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LandingTextTest {
    private static final String TEXT = "统一社会信用代码,单位详细名称\n91350100M000100Y43,许昌瑞丰机械有限公司\n";

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
        assertEquals(new LandingText.Decoded(TEXT, "UTF-8"), LandingText.decode(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new LandingText.Decoded(TEXT, "UTF-8-BOM"),
                LandingText.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsGb18030() throws Exception {
        assertEquals(new LandingText.Decoded(TEXT, "GB18030"), LandingText.decode(TEXT.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void reportsTheFirstUndecodableByte() {
        byte[] ascii = "abc,def\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[ascii.length + 2];
        System.arraycopy(ascii, 0, bad, 0, ascii.length);
        bad[ascii.length] = (byte) 0xFF;
        bad[ascii.length + 1] = (byte) 0xFF;
        LandingText.UndecodableException e = assertThrows(LandingText.UndecodableException.class,
                () -> LandingText.decode(bad));
        assertEquals(8, e.offset());
    }
}
