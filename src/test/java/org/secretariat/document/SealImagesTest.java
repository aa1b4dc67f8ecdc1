package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The placeholder seal: a red ring on a transparent square. */
class SealImagesTest {

    @Test
    void redRingOnTransparentBackground() throws IOException {
        byte[] png = SealImages.defaultSeal("新乡市跨境电商产教联盟", SampleDocs.fonts(), 400);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(400, image.getWidth());
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals(0, image.getRGB(2, 2) >>> 24, "corner is transparent");
        int ring = image.getRGB(200, 400 * 2 / 100 + 2); // on the ring at the top
        assertTrue(ring >>> 24 > 200, "ring is opaque");
        assertTrue(((ring >> 16) & 0xFF) > 180 && ((ring >> 8) & 0xFF) < 80, "ring is red: " + Integer.toHexString(ring));
        assertTrue(image.getRGB(200, 200) >>> 24 > 200, "star in the centre");
    }
}
