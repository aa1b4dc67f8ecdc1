package org.secretariat.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.secretariat.document.CertificateLayout.Box;
import org.secretariat.document.CertificateLayout.ImageBox;
import org.secretariat.document.CertificateLayout.LineBox;
import org.secretariat.document.CertificateLayout.TextBox;

/**
 * Draws a {@link CertificateLayout} on a PDF page: lines, real text (one line centred in its box,
 * shrunk if the font is wider than the layout guessed; wrapped text in a column that never clips),
 * then the pictures, multiplied onto the page so that text under the seal shows through as it does
 * under stamp ink. Pictures are decoded once for the last few distinct images (one seal, one logo).
 */
final class CertificatePdfPainter {

    /** Where a CJK glyph's centre lies above the baseline, in em. */
    private static final double GLYPH_CENTRE_EM = 0.38;
    private static final int IMAGE_CACHE = 8;

    private final CertificateFonts fonts;
    private final Map<ImageKey, Image> images = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ImageKey, Image> eldest) {
            return size() > IMAGE_CACHE;
        }
    };

    CertificatePdfPainter(CertificateFonts fonts) {
        this.fonts = fonts;
    }

    void paint(CertificateDesign d, CertificateLayout layout, PdfContentByte cb, double pageHeightPt) {
        FontSet.Loaded title = font(d, CertificateLayout.FontUse.TITLE);
        FontSet.Loaded body = font(d, CertificateLayout.FontUse.BODY);
        for (Box box : layout.boxes()) {
            if (box instanceof LineBox l) {
                line(cb, l, pageHeightPt);
            } else if (box instanceof TextBox t) {
                FontSet.Loaded font = t.font() == CertificateLayout.FontUse.TITLE ? title : body;
                if (t.wrap()) {
                    column(cb, t, font, pageHeightPt);
                } else {
                    line(cb, t, font, pageHeightPt);
                }
            } else if (box instanceof ImageBox i) {
                image(cb, i, pageHeightPt);
            }
        }
    }

    /**
     * The one place that decides a certificate's typeface for a use: the design's font file when it
     * is usable, else the font set's 小标宋 (title) or 楷体 (body). The preview asks the same.
     */
    FontSet.Loaded font(CertificateDesign d, CertificateLayout.FontUse use) {
        return use == CertificateLayout.FontUse.TITLE ? fonts.font(d.titleFont(), FontRole.XIAOBIAOSONG)
                : fonts.font(d.bodyFont(), FontRole.KAI);
    }

    private static void line(PdfContentByte cb, LineBox l, double pageH) {
        cb.saveState();
        cb.setLineWidth((float) l.widthPt());
        cb.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE);
        cb.moveTo(pt(l.x1()), (float) (pageH - Layout.mmToPt(l.y1())));
        cb.lineTo(pt(l.x2()), (float) (pageH - Layout.mmToPt(l.y2())));
        cb.stroke();
        cb.restoreState();
    }

    /** One line, its glyphs centred in the box's height. */
    private static void line(PdfContentByte cb, TextBox t, FontSet.Loaded font, double pageH) {
        BaseFont bf = font.font();
        float size = (float) t.sizePt();
        float width = bf.getWidthPoint(t.text(), size);
        if (width > pt(t.w())) {
            size *= pt(t.w()) / width;
        }
        double baseline = pageH - Layout.mmToPt(t.y() + t.h() / 2) - GLYPH_CENTRE_EM * size;
        float x = switch (t.align()) {
            case LEFT, JUSTIFY -> pt(t.x());
            case CENTER -> pt(t.x() + t.w() / 2);
            case RIGHT -> pt(t.x() + t.w());
        };
        int align = switch (t.align()) {
            case LEFT, JUSTIFY -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
        cb.saveState();
        cb.beginText();
        cb.setFontAndSize(bf, size);
        if (font.bold()) {
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            cb.setLineWidth(size / 30);
        }
        cb.showTextAligned(align, t.text(), x, (float) baseline, 0);
        cb.endText();
        cb.restoreState();
    }

    /** Wrapped text; leading ideographic spaces become the first-line indent. */
    private static void column(PdfContentByte cb, TextBox t, FontSet.Loaded font, double pageH) {
        int indent = CertificateText.leadingIndent(t.text());
        float size = (float) t.sizePt();
        Chunk chunk = new Chunk(t.text().substring(indent), new Font(font.font(), size));
        chunk.setSplitCharacter(KinsokuSplit.INSTANCE);
        if (font.bold()) {
            chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30, Color.BLACK);
        }
        float pitch = (float) (CertificateLayout.LINE_SPACING * size);
        // ColumnText puts the first baseline one pitch below the top; we want it half a pitch down plus half a glyph
        double top = pageH - Layout.mmToPt(t.y()) + pitch / 2.0 - GLYPH_CENTRE_EM * size;
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(new Phrase(chunk), pt(t.x()), 0, pt(t.x() + t.w()), (float) top, pitch,
                PdfText.alignment(switch (t.align()) {
                    case LEFT -> TextStyle.Align.LEFT;
                    case CENTER -> TextStyle.Align.CENTER;
                    case RIGHT -> TextStyle.Align.RIGHT;
                    case JUSTIFY -> TextStyle.Align.JUSTIFY;
                }));
        ct.setIndent(indent * size);
        ct.go();
    }

    private void image(PdfContentByte cb, ImageBox i, double pageH) {
        Image image = images.computeIfAbsent(new ImageKey(i.png()), key -> {
            try {
                return PdfPictures.decode(key.png());
            } catch (IOException e) {
                throw new UncheckedIOException("picture could not be read", e);
            }
        });
        image.scaleAbsolute(pt(i.w()), pt(i.h()));
        image.setAbsolutePosition(pt(i.x()), (float) (pageH - Layout.mmToPt(i.y() + i.h())));
        cb.saveState();
        PdfGState multiply = new PdfGState();
        multiply.setBlendMode(PdfGState.BM_MULTIPLY);
        cb.setGState(multiply);
        cb.addImage(image);
        cb.restoreState();
    }

    private static float pt(double mm) {
        return (float) Layout.mmToPt(mm);
    }

    /** Picture bytes compared by content, so a seal read afresh for each certificate is still decoded once. */
    private record ImageKey(byte[] png, int hash) {
        ImageKey(byte[] png) {
            this(png, Arrays.hashCode(png));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ImageKey k && k.hash == hash && Arrays.equals(k.png, png);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
