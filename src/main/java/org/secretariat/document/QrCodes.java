package org.secretariat.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes as black-and-white PNG pictures (ZXing core, no AWT window needed): error correction
 * level M, a quiet zone of one module, UTF-8 content.
 */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * A square PNG of {@code pixels} × {@code pixels} (more if the code needs more than one pixel a
     * module); modules are whole pixels, the spare pixels widen the quiet zone evenly.
     */
    public static byte[] png(String content, int pixels) {
        if (content == null || content.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs content");
        }
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, pixels, pixels, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 1,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("content too long for a QR code: " + content.length() + " characters", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = image.getRaster(); // one bit a pixel: 0 black, 1 white
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                raster.setSample(x, y, 0, matrix.get(x, y) ? 0 : 1);
            }
        }
        return Png.bytes(image);
    }
}
