package org.secretariat.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Paragraph and run formatting for the .docx: every run names its Chinese family for all character
 * ranges (so digits and Latin letters come from the same font as in the PDF), is tagged zh-CN for
 * East Asian text (LibreOffice then falls back to Simplified Chinese glyphs) and sized in points.
 */
final class WordText {

    /** The East Asian language of every run. */
    static final String LANGUAGE = "zh-CN";

    private WordText() {
    }

    /** Alignment, indents and a fixed line pitch for a paragraph of {@code style}. */
    static void paragraph(XWPFParagraph p, TextStyle.Align align, Layout.Indents indents, double linePt) {
        p.setAlignment(alignment(align));
        exactLines(p, linePt);
        if (indents.leftPt() != 0) {
            p.setIndentationLeft(Layout.ptToTwips(indents.leftPt()));
        }
        if (indents.firstLinePt() > 0) {
            p.setIndentationFirstLine(Layout.ptToTwips(indents.firstLinePt()));
        } else if (indents.firstLinePt() < 0) {
            p.setIndentationHanging(Layout.ptToTwips(-indents.firstLinePt()));
        }
        if (indents.rightPt() != 0) {
            p.setIndentationRight(Layout.ptToTwips(indents.rightPt()));
        }
    }

    static void exactLines(XWPFParagraph p, double linePt) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(linePt, LineSpacingRule.EXACT);
    }

    static ParagraphAlignment alignment(TextStyle.Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }

    /** The blank lines and the issuer of a signature block: kept with the date, never split. */
    static final Pagination.Keep SIGNATURE_GAP = new Pagination.Keep(true, true, false);

    /**
     * Keep with next, keep lines together and widow control as {@link Pagination} decided;
     * properties already false are left out.
     */
    static void keep(XWPFParagraph p, Pagination.Keep keep) {
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (keep.keepNext()) {
            pPr.addNewKeepNext();
        }
        if (keep.keepLines()) {
            pPr.addNewKeepLines();
        }
        pPr.addNewWidowControl().setVal(keep.widowControl() ? STOnOff1.ON : STOnOff1.OFF);
    }

    /** Adds the text as runs, turning {@code \n} into line breaks. */
    static void addText(XWPFParagraph p, String text, String family, double sizePt, double spacingPt) {
        addText(p, text, family, sizePt, spacingPt, 0, 0, false);
    }

    /**
     * Adds the text as runs, starting {@code startEms} characters into a line of {@code lineEms}
     * (0 when unknown); {@code shortEnd}: the text ends a paragraph whose last line would hold
     * fewer than {@link Pagination#MIN_LAST_LINE} characters, so its last characters are kept
     * together. Returns where the text ends on the grid.
     */
    static double addText(XWPFParagraph p, String text, String family, double sizePt, double spacingPt,
            double startEms, double lineEms, boolean shortEnd) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            format(run, family, sizePt, spacingPt);
            double start = i == 0 ? startEms : 0;
            run.setText(Pagination.wordText(lines[i], start, lineEms, shortEnd && i == lines.length - 1));
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
        String last = lines[lines.length - 1];
        return (lines.length == 1 ? startEms : 0) + Layout.ems(last);
    }

    /** Family for every character range, size, character spacing and the zh-CN tag. */
    static void format(XWPFRun run, String family, double sizePt, double spacingPt) {
        run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(family, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(family, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(family, XWPFRun.FontCharRange.cs);
        CTRPr rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        fonts.setHint(STHint.EAST_ASIA); // dashes and quotes drawn full-width from the Chinese font
        // rPr children are written in the order Word's schema lists them: rFonts, spacing, sz, szCs, lang
        if (spacingPt != 0) {
            rPr.addNewSpacing().setVal(BigInteger.valueOf(Layout.ptToTwips(spacingPt)));
        }
        run.setFontSize(sizePt);
        run.setComplexScriptFontSize(sizePt);
        language(rPr);
    }

    static void language(CTRPr rPr) {
        CTLanguage lang = rPr.sizeOfLangArray() > 0 ? rPr.getLangArray(0) : rPr.addNewLang();
        lang.setEastAsia(LANGUAGE);
    }
}
