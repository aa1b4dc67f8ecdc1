package org.secretariat.service.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** Bar charts for the annual report, drawn headless with Java2D in the machine's Chinese font. */
final class ReportCharts {

    private static final Color BAR = new Color(0x8B, 0x1A, 0x1A);

    private final Font font;

    ReportCharts(Path fontFile) {
        Font f;
        try {
            String path = fontFile == null ? null : fontFile.toString().replaceAll(",\\d+$", "");
            f = path == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 1) : Font.createFont(Font.TRUETYPE_FONT, new java.io.File(path));
        } catch (java.awt.FontFormatException | IOException e) {
            f = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        }
        this.font = f;
    }

    /** Vertical bars with the value above each: members at the end of each year. */
    byte[] columns(String title, LinkedHashMap<String, Long> values) {
        int w = 1200;
        int h = 600;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img, title);
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, values.size());
        int left = 80;
        int base = h - 80;
        int slot = (w - left - 40) / n;
        int i = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int bh = (int) ((base - 120) * e.getValue() / max);
            int x = left + i * slot + slot / 5;
            g.setColor(BAR);
            g.fillRect(x, base - bh, slot * 3 / 5, bh);
            g.setColor(Color.DARK_GRAY);
            centred(g, Long.toString(e.getValue()), x + slot * 3 / 10, base - bh - 12, 28f);
            centred(g, e.getKey(), x + slot * 3 / 10, base + 40, 26f);
            i++;
        }
        g.setStroke(new BasicStroke(2));
        g.drawLine(left, base, w - 30, base);
        return png(img);
    }

    /** Horizontal bars with label and count: the composition by unit type. */
    byte[] bars(String title, LinkedHashMap<String, Long> values) {
        int w = 1200;
        int rows = Math.max(1, values.size());
        int h = 140 + rows * 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(img, title);
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int y = 110;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            g.setColor(Color.DARK_GRAY);
            g.setFont(font.deriveFont(26f));
            g.drawString(e.getKey(), 40, y + 32);
            int bw = (int) (700 * e.getValue() / max);
            g.setColor(BAR);
            g.fillRect(300, y + 6, Math.max(2, bw), 36);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Long.toString(e.getValue()), 310 + bw, y + 34);
            y += 60;
        }
        return png(img);
    }

    private Graphics2D start(BufferedImage img, String title) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        centred(g, title, img.getWidth() / 2, 60, 34f);
        return g;
    }

    private void centred(Graphics2D g, String s, int x, int y, float size) {
        g.setFont(font.deriveFont(size));
        FontMetrics m = g.getFontMetrics();
        g.drawString(s, x - m.stringWidth(s) / 2, y);
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
