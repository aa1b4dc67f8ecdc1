package org.secretariat.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes as black-and-white PNG pictures (ZXing core, no AWT window needed): error correction
 * level M, a quiet zone of one module, UTF-8 content. The PNG is written directly as one bit a
 * pixel (not through ImageIO, which was a third of a certificate's time), in the form
 * {@link PdfPictures} embeds in a PDF without decoding it.
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
        return Png.oneBit(matrix.getWidth(), matrix.getHeight(), (x, y) -> !matrix.get(x, y));
    }
}
