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

    /** Every certificate's QR text reads back, whatever its verification code (random per data folder). */
    @Test
    void everyFiveLineTextReadsBack() throws Exception {
        java.util.Random random = new java.util.Random(20261205);
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < 300; i++) {
            StringBuilder check = new StringBuilder();
            for (int c = 0; c < 8; c++) {
                check.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String number = String.format("KJDSLM-2026-%04d", random.nextInt(10000));
            String text = String.join("\n", "新乡市跨境电商产教联盟", "跨境电商联盟成员证书", "新乡学院".repeat(1 + random.nextInt(4)),
                    "编号 " + number + "\u30002026年6月18日颁发", "验证码 " + number + "." + check);
            byte[] png = QrCodes.png(text, 360);
            String read;
            try {
                read = QrDecode.decode(ImageIO.read(new ByteArrayInputStream(png)));
            } catch (com.google.zxing.ReaderException e) {
                throw new AssertionError("case " + i + " unreadable: " + text, e);
            }
            assertEquals(text, read, "case " + i);
        }
    }

    @Test
    void emptyContentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("", 200));
    }
}
