package org.secretariat.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seal pictures. {@link #defaultSeal} draws a stand-in for templates whose office has no scanned
 * seal yet: a red ring, a star, the organisation's name along the upper arc and 「样章」 (specimen)
 * under the star, so that nobody mistakes it for the real seal, which the user scans and puts in
 * its place.
 */
public final class SealImages {

    /** Stamp-pad red, slightly transparent like ink. */
    private static final Color RED = new Color(0xD2, 0x1F, 0x26, 235);
    private static final Map<Path, Font> FONTS = new ConcurrentHashMap<>();

    private SealImages() {
    }

    /**
     * A round seal PNG, {@code pixels} square with a transparent background, lettered in the
     * font set's 宋体 (or 黑体) file.
     */
    public static byte[] defaultSeal(String organisationName, FontSet fonts, int pixels) {
        if (pixels < 32) {
            throw new IllegalArgumentException("a seal needs at least 32 pixels, not " + pixels);
        }
        Font font = font(fonts);
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(RED);
            double c = pixels / 2.0;
            double ring = pixels * 0.04;
            double r = c - ring / 2 - 1;
            g.setStroke(new BasicStroke((float) ring));
            g.draw(new Ellipse2D.Double(c - r, c - r, 2 * r, 2 * r));
            g.fill(star(c, c, r * 0.27));
            arc(g, font, organisationName == null ? "" : organisationName.strip(), c, r - ring / 2);
            Font small = font.deriveFont(Font.BOLD, (float) (r * 0.17));
            g.setFont(small);
            String specimen = "样章";
            double w = g.getFontMetrics().stringWidth(specimen);
            g.drawString(specimen, (float) (c - w / 2), (float) (c + r * 0.6));
        } finally {
            g.dispose();
        }
        return Png.bytes(image);
    }

    /** The name along the upper arc inside the ring, each character upright towards the rim. */
    private static void arc(Graphics2D g, Font font, String name, double c, double rim) {
        int n = name.codePointCount(0, name.length());
        if (n == 0) {
            return;
        }
        double size = rim * 0.3;
        double radius = rim - size * 0.68;
        double step = size * 1.08 / radius; // radians a character takes
        double maxSpan = Math.toRadians(n <= 4 ? 150 : 240);
        if (step * n > maxSpan) {
            size *= maxSpan / (step * n);
            radius = rim - size * 0.68;
            step = maxSpan / n;
        }
        g.setFont(font.deriveFont(Font.BOLD, (float) size));
        double start = -Math.PI / 2 - step * n / 2;
        int i = 0;
        for (int cp : name.codePoints().toArray()) {
            double angle = start + step * (i++ + 0.5);
            String ch = new String(Character.toChars(cp));
            AffineTransform saved = g.getTransform();
            g.translate(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            double w = g.getFontMetrics().stringWidth(ch);
            g.drawString(ch, (float) (-w / 2), (float) (size * 0.38));
            g.setTransform(saved);
        }
    }

    /** A five-pointed star, point up. */
    private static Path2D star(double cx, double cy, double outer) {
        double inner = outer * 0.382;
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + rr * Math.cos(a);
            double y = cy + rr * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    /** The 宋体 file of the set, else its 黑体 file, loaded once; a logical serif font if neither loads. */
    private static Font font(FontSet fonts) {
        for (FontRole role : new FontRole[] {FontRole.SONG, FontRole.HEI}) {
            try {
                Path file = fonts.file(role);
                Font font = FONTS.computeIfAbsent(file, SealImages::load);
                if (font != null && font.canDisplay('中')) {
                    return font;
                }
            } catch (RuntimeException e) {
                // no usable font for this role: try the next
            }
        }
        return new Font(Font.SERIF, Font.PLAIN, 12);
    }

    private static Font load(Path file) {
        try {
            Font[] faces = Font.createFonts(file.toFile());
            String[] names = new String[faces.length];
            for (int i = 0; i < faces.length; i++) {
                names[i] = faces[i].getFontName();
            }
            return faces[FontCandidates.ttcIndex(names)];
        } catch (IOException | FontFormatException e) {
            throw new UncheckedIOException(new IOException("cannot read font " + file, e));
        }
    }
}
