package org.secretariat.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** A drawn picture as PNG bytes, the form documents and certificates embed pictures in. */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Png() {
    }

    static byte[] bytes(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether the pixel at (x, y) is white. */
    interface Bits {
        boolean white(int x, int y);
    }

    /**
     * A one-bit greyscale PNG (1 = white), every row with filter 0, one IDAT chunk: the simplest
     * PNG there is, written without ImageIO, and one a PDF can take over unchanged
     * ({@link PdfPictures#oneBitPng}).
     */
    static byte[] oneBit(int width, int height, Bits bits) {
        int rowBytes = (width + 7) / 8;
        byte[] raw = new byte[(rowBytes + 1) * height];
        for (int y = 0; y < height; y++) {
            int row = y * (rowBytes + 1) + 1; // the filter byte before each row stays 0 (none)
            for (int x = 0; x < width; x++) {
                if (bits.white(x, y)) {
                    raw[row + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        try {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream(raw.length / 8 + 64);
            try (DeflaterOutputStream z = new DeflaterOutputStream(zipped)) {
                z.write(raw);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(zipped.size() + 64);
            DataOutputStream d = new DataOutputStream(out);
            d.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, filter method 0, no interlace
            chunk(d, "IHDR", header.toByteArray());
            chunk(d, "IDAT", zipped.toByteArray());
            chunk(d, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
