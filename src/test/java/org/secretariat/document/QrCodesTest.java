package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
        assertEquals(content, decode(image));
    }

    @Test
    void chineseContentSurvives() throws Exception {
        String content = "新乡市跨境电商产教联盟 成员证书 XXKJ-2026-0001";
        assertEquals(content, decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(content, 300)))));
    }

    @Test
    void emptyContentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("", 200));
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)))).getText();
    }

    /** Grey levels of a picture, for ZXing core (its BufferedImage source lives in the javase module). */
    private static final class ImageLuminance extends LuminanceSource {
        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int level = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                    grey[y * image.getWidth() + x] = (byte) level;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
