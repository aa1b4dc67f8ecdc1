package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfName;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The QR PNG goes into the PDF as it is (its rows with the PNG predictor), and pictures of any other
 * kind still go through OpenPDF's reader.
 */
class QrPdfImageTest {

    @Test
    void qrPngIsTakenOverAsOneBitRowsWithThePngPredictor() throws Exception {
        byte[] png = QrCodes.png("https://verify.example.cn/c/XXKJ-2026-0001.7KQ2M9PA", 360);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        Image image = PdfPictures.oneBitPng(png);
        assertNotNull(image, "a QrCodes PNG is a plain one-bit grey PNG");
        assertEquals(read.getWidth(), (int) image.getWidth());
        assertEquals(read.getHeight(), (int) image.getHeight());
        assertEquals(1, image.getBpc());
        assertNotNull(image.getAdditional().getAsDict(PdfName.DECODEPARMS));
    }

    @Test
    void colourAndPalettePicturesAreLeftToOpenPdf() throws Exception {
        BufferedImage rgb = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        assertNull(PdfPictures.oneBitPng(Png.bytes(rgb)));
        BufferedImage grey = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        assertNull(PdfPictures.oneBitPng(Png.bytes(grey)));
        assertNull(PdfPictures.oneBitPng(new byte[] {1, 2, 3}));
    }
}
