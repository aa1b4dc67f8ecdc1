package org.secretariat.ui.certificates;

import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.secretariat.document.CertificateLayout;

/**
 * Draws a certificate's layout with JavaFX: the same boxes the PDF is written from, so the preview
 * in the window is what comes out of the printer.
 */
public final class CertificateCanvas {

    private final Map<String, Font> fonts = new HashMap<>();

    /** Draws the layout to fit {@code canvas}, returning the scale (pixels per millimetre). */
    public double draw(Canvas canvas, CertificateLayout layout, Path titleFont, Path bodyFont) {
        double scale = Math.min(canvas.getWidth() / layout.widthMm(), canvas.getHeight() / layout.heightMm());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#e8e9ec"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, layout.widthMm() * scale, layout.heightMm() * scale);
        paint(g, layout, scale, titleFont, bodyFont);
        return scale;
    }

    /** Paints the boxes at {@code scale} pixels per millimetre (also used for printing). */
    public void paint(GraphicsContext g, CertificateLayout layout, double scale, Path titleFont, Path bodyFont) {
        List<CertificateLayout.ImageBox> images = new ArrayList<>();
        for (CertificateLayout.Box box : layout.boxes()) {
            if (box instanceof CertificateLayout.LineBox l) {
                g.setStroke(Color.BLACK); // as the PDF draws it
                g.setLineWidth(Math.max(0.5, l.widthPt() * 25.4 / 72 * scale));
                g.strokeLine(l.x1() * scale, l.y1() * scale, l.x2() * scale, l.y2() * scale);
            } else if (box instanceof CertificateLayout.TextBox t) {
                text(g, t, scale, t.font() == CertificateLayout.FontUse.TITLE ? titleFont : bodyFont);
            } else if (box instanceof CertificateLayout.ImageBox i) {
                images.add(i); // pictures (the seal) go over the text, as on paper
            }
        }
        for (CertificateLayout.ImageBox i : images) {
            Image img = new Image(new ByteArrayInputStream(i.png()));
            g.drawImage(img, i.x() * scale, i.y() * scale, i.w() * scale, i.h() * scale);
        }
    }

    private void text(GraphicsContext g, CertificateLayout.TextBox t, double scale, Path fontFile) {
        double px = t.sizePt() * 25.4 / 72 * scale;
        Font font = font(fontFile, px);
        g.setFont(font);
        g.setFill(Color.BLACK);
        g.setTextBaseline(VPos.TOP);
        if (!t.wrap() && width(t.text(), font) > t.w() * scale) {
            font = font(fontFile, px * t.w() * scale / width(t.text(), font)); // shrink a long line to its box
            g.setFont(font);
        }
        List<String> lines = t.wrap() ? wrap(t.text(), font, t.w() * scale) : List.of(t.text());
        double pitch = t.wrap() ? px * CertificateLayout.LINE_SPACING : t.h() * scale;
        double y = t.y() * scale + (pitch - font.getSize()) / 2;
        for (String line : lines) {
            double x = t.x() * scale;
            double w = width(line, font);
            switch (t.align()) {
                case CENTER -> x += (t.w() * scale - w) / 2;
                case RIGHT -> x += t.w() * scale - w;
                default -> { }
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(line, x, y);
            y += pitch;
        }
    }

    /** Breaks Chinese text between characters, never before closing punctuation. */
    private static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (char c : text.toCharArray()) {
            line.append(c);
            if (width(line.toString(), font) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && "，。、；：？！）》」』”’".indexOf(line.charAt(cut)) >= 0) {
                    cut--; // keep closing punctuation with the character before it
                }
                lines.add(line.substring(0, cut));
                line = new StringBuilder(line.substring(cut));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private Font font(Path file, double px) {
        String key = file + "@" + Math.round(px * 10);
        return fonts.computeIfAbsent(key, k -> {
            if (file != null) {
                try {
                    String path = file.toString();
                    int comma = path.lastIndexOf(',');
                    String plain = comma > 0 && path.substring(comma + 1).matches("\\d+") ? path.substring(0, comma) : path;
                    Font f = Font.loadFont(Path.of(plain).toUri().toURL().toExternalForm(), px);
                    if (f != null) {
                        return f;
                    }
                } catch (MalformedURLException | RuntimeException e) {
                    // fall through to the system's Chinese font
                }
            }
            return Font.font(px);
        });
    }
}
