package org.secretariat.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;

/** Reads a QR code in a picture back with ZXing core. */
public final class QrDecode {

    private QrDecode() {
    }

    /** The text of the first one-bit picture (the QR code) on the PDF's first page. */
    public static String decodeFirstInPdf(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.PdfDictionary xobjects = reader.getPageN(1).getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)
                    .getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT);
            for (com.lowagie.text.pdf.PdfName key : xobjects.getKeys()) {
                com.lowagie.text.pdf.PRStream stream = (com.lowagie.text.pdf.PRStream)
                        com.lowagie.text.pdf.PdfReader.getPdfObject(xobjects.get(key));
                if (stream.getAsNumber(com.lowagie.text.pdf.PdfName.BITSPERCOMPONENT).intValue() == 1) {
                    return decode(oneBitGrey(stream));
                }
            }
            throw new AssertionError("no one-bit picture on the page: " + xobjects);
        } finally {
            reader.close();
        }
    }

    /** A DeviceGray one-bit image as a PDF viewer reads it: rows padded to bytes, 1 = white. */
    static BufferedImage oneBitGrey(com.lowagie.text.pdf.PRStream stream) throws java.io.IOException {
        int w = stream.getAsNumber(com.lowagie.text.pdf.PdfName.WIDTH).intValue();
        int h = stream.getAsNumber(com.lowagie.text.pdf.PdfName.HEIGHT).intValue();
        byte[] bits = com.lowagie.text.pdf.PdfReader.getStreamBytes(stream);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int row = (w + 7) / 8;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean white = (bits[y * row + x / 8] & (0x80 >>> (x % 8))) != 0;
                image.setRGB(x, y, white ? 0xFFFFFF : 0);
            }
        }
        return image;
    }

    /**
     * The text of the QR code in the picture. A generated picture is a pure code (square modules,
     * upright, quiet zone), which ZXing reads most reliably with its pure-barcode hint; a camera
     * photo would need the general detector, tried second.
     */
    public static String decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
        try {
            return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE,
                    Boolean.TRUE, com.google.zxing.DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
        } catch (com.google.zxing.ReaderException notPure) {
            return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER,
                    Boolean.TRUE, com.google.zxing.DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
        }
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
