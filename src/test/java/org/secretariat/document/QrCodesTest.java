package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A QR code PNG decodes back to its content with ZXing's own reader. */
class QrCodesTest {

    @Test
    void decodesBackToTheContent() throws Exception {
        String content = "https://verify.example.cn/c/XXKJ-2026-0001.7KQ2M9PA";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(content, 264)));
        assertEquals(264, image.getWidth());
        assertEquals(264, image.getHeight());
        assertEquals(content, QrDecode.decode(image));
    }

    @Test
    void chineseContentSurvives() throws Exception {
        String content = "新乡市跨境电商产教联盟 成员证书 XXKJ-2026-0001";
        assertEquals(content, QrDecode.decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(content, 300)))));
    }

    @Test
    void emptyContentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("", 200));
    }
}
