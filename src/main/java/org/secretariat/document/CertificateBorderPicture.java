package org.secretariat.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.secretariat.document.CertificateLayout.LineBox;

/**
 * The border lines of a certificate, corner ornaments included, as one page-sized black-and-white
 * PNG at 300 dpi, for the Word file: Word's page border has no ornaments and cannot come as close to
 * the edge as the PDF's lines, a picture behind the text can. One bit a pixel keeps it small.
 */
final class CertificateBorderPicture {

    static final int DPI = 300;

    private CertificateBorderPicture() {
    }

    /** The lines on a white page {@code widthMm} × {@code heightMm}; {@code null} when there are none. */
    static byte[] png(List<LineBox> lines, double widthMm, double heightMm) {
        if (lines.isEmpty()) {
            return null;
        }
        double px = DPI / 25.4;
        BufferedImage image = new BufferedImage((int) Math.round(widthMm * px), (int) Math.round(heightMm * px),
                BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            for (LineBox l : lines) {
                g.setStroke(new BasicStroke((float) Math.max(1, l.widthPt() / 72 * DPI), BasicStroke.CAP_SQUARE,
                        BasicStroke.JOIN_MITER));
                g.draw(new Line2D.Double(l.x1() * px, l.y1() * px, l.x2() * px, l.y2() * px));
            }
        } finally {
            g.dispose();
        }
        return Png.bytes(image);
    }
}
