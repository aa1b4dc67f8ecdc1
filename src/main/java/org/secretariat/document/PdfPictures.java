package org.secretariat.document;

import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Pictures for PDFs, made small and cheap to write again. OpenPDF 2 decodes a PNG to raw 8-bit RGB
 * pixels (and alpha apart) and compresses them anew in every file it is written to: for a
 * 600-pixel seal that was a third of the time a certificate took, and a 264-pixel QR code became
 * 200 KB of raw pixels. Here the raw data is compressed once when the picture is decoded, and a
 * picture that is only black and white (a QR code) is kept as one bit a pixel, grey as one byte.
 */
final class PdfPictures {

    private static final long PNG_SIGNATURE = 0x89504E470D0A1A0AL;

    private PdfPictures() {
    }

    /** The picture, its raw pixel data (and its mask's) compressed once where that is safe. */
    static Image decode(byte[] bytes) throws IOException {
        Image qr = oneBitPng(bytes);
        if (qr != null) {
            return qr;
        }
        Image image;
        try {
            image = Image.getInstance(bytes);
        } catch (RuntimeException e) { // OpenPDF wraps a broken picture's IIOException in an unchecked ExceptionConverter
            throw new IOException("picture could not be read: " + e.getMessage(), e);
        }
        if (!plainRaw(image)) {
            return image;
        }
        Image mask = image.getImageMask();
        if (mask != null && (!plainRaw(mask) || !mask.isMask())) {
            return image;
        }
        try {
            Image out = mask == null ? compact(image) : raw(image, image.getColorspace(), image.getBpc(),
                    image.getRawData());
            out.setSmask(image.isSmask());
            if (mask != null) {
                Image m = raw(mask, mask.getColorspace(), mask.getBpc(), mask.getRawData());
                m.makeMask();
                m.setSmask(mask.isSmask());
                out.setImageMask(m);
            }
            out.setDpi(image.getDpiX(), image.getDpiY());
            out.setInterpolation(image.isInterpolation());
            return out;
        } catch (RuntimeException e) {
            return image; // an unusual picture: let OpenPDF compress it each time
        }
    }

    /**
     * A plain one-bit greyscale PNG (a QR code from {@link QrCodes}) taken over as it is: its
     * compressed rows become the PDF image's data, with the PNG row filters declared as the
     * FlateDecode predictor, so nothing is decoded or compressed again. Null for any other PNG.
     */
    static Image oneBitPng(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        if (png.length < 33 || b.getLong() != PNG_SIGNATURE) {
            return null;
        }
        int width = 0;
        int height = 0;
        ByteArrayOutputStream idat = new ByteArrayOutputStream(png.length);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            String type = new String(png, b.position(), 4, StandardCharsets.US_ASCII);
            b.position(b.position() + 4);
            if (length < 0 || length > b.remaining() - 4) {
                return null;
            }
            int at = b.position();
            switch (type) {
                case "IHDR" -> {
                    width = b.getInt(at);
                    height = b.getInt(at + 4);
                    // bit depth 1, greyscale, deflate, filter method 0, not interlaced
                    if (length != 13 || png[at + 8] != 1 || png[at + 9] != 0 || png[at + 10] != 0 || png[at + 11] != 0
                            || png[at + 12] != 0) {
                        return null;
                    }
                }
                case "IDAT" -> idat.write(png, at, length);
                case "IEND" -> {
                    return width > 0 && height > 0 && idat.size() > 0 ? predicted(width, height, idat.toByteArray()) : null;
                }
                case "pHYs", "tEXt", "zTXt", "iTXt", "tIME" -> {
                    // nothing that changes how the picture looks
                }
                default -> {
                    return null; // a palette, transparency, gamma or colour profile: let OpenPDF read it
                }
            }
            b.position(at + length + 4); // the data and its CRC
        }
        return null;
    }

    private static Image predicted(int width, int height, byte[] zlib) {
        Image image = new ImgRaw(width, height, 1, 1, zlib);
        image.setDeflated(true);
        PdfDictionary parms = new PdfDictionary();
        parms.put(PdfName.PREDICTOR, new PdfNumber(15)); // PNG filters, chosen row by row
        parms.put(PdfName.COLORS, new PdfNumber(1));
        parms.put(PdfName.BITSPERCOMPONENT, new PdfNumber(1));
        parms.put(PdfName.COLUMNS, new PdfNumber(width));
        PdfDictionary additional = new PdfDictionary();
        additional.put(PdfName.DECODEPARMS, parms);
        image.setAdditional(additional);
        return image;
    }

    /** Raw pixels with nothing a plain copy would lose: no palette, profile, decode array or colour key. */
    private static boolean plainRaw(Image image) {
        return image.isImgRaw() && !image.isDeflated() && image.getAdditional() == null && !image.hasICCProfile()
                && image.getTransparency() == null && !image.isInverted() && image.getBpc() == 8;
    }

    /** RGB whose pixels are all grey as one byte a pixel, all black or white as one bit. */
    private static Image compact(Image image) {
        byte[] rgb = image.getRawData();
        if (image.getColorspace() != 3) {
            return raw(image, image.getColorspace(), 8, rgb);
        }
        byte[] grey = new byte[rgb.length / 3];
        boolean twoTone = true;
        for (int i = 0; i < grey.length; i++) {
            byte r = rgb[3 * i];
            if (r != rgb[3 * i + 1] || r != rgb[3 * i + 2]) {
                return raw(image, 3, 8, rgb);
            }
            grey[i] = r;
            twoTone &= r == 0 || r == (byte) 0xFF;
        }
        return twoTone ? raw(image, 1, 1, greyBits(grey, (int) image.getWidth())) : raw(image, 1, 8, grey);
    }

    /** Grey bytes that are 0 or 255 as bits, 1 = white as in DeviceGray, each row filled up to a whole byte. */
    private static byte[] greyBits(byte[] grey, int width) {
        int rowBytes = (width + 7) / 8;
        int height = grey.length / width;
        byte[] out = new byte[rowBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (grey[y * width + x] != 0) {
                    out[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return out;
    }

    private static Image raw(Image like, int components, int bpc, byte[] data) {
        // ImgRaw itself: Image.getInstance would turn one-bit data into CCITT, which compressed bytes are not
        Image out = new ImgRaw((int) like.getWidth(), (int) like.getHeight(), components, bpc, deflate(data));
        out.setDeflated(true);
        return out;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
