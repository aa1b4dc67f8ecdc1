package org.secretariat.document;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrDefault;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The parts of a .docx around the text: paper and margins (sectPr), document defaults (仿宋 三号,
 * zh-CN, no automatic space between Chinese and Latin text, as in the PDF) and the page-number
 * footers, odd pages right and even pages left.
 */
final class WordPage {

    /** Height of the footer line; the footer distance puts the digits' tops 7 mm below the text block. */
    private static final double FOOTER_LINE_PT = 16;

    private WordPage() {
    }

    static void setUp(XWPFDocument d, PageSetup page) {
        defaults(d);
        CTBody body = d.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Layout.mmToTwips(page.widthMm())));
        size.setH(BigInteger.valueOf(Layout.mmToTwips(page.heightMm())));
        size.setOrient(page.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Layout.mmToTwips(page.topMm())));
        mar.setBottom(BigInteger.valueOf(Layout.mmToTwips(page.bottomMm())));
        mar.setLeft(BigInteger.valueOf(Layout.mmToTwips(page.leftMm())));
        mar.setRight(BigInteger.valueOf(Layout.mmToTwips(page.rightMm())));
        mar.setHeader(BigInteger.valueOf(Layout.mmToTwips(Math.min(15, page.topMm() / 2))));
        // Word puts the baseline 80% down the fixed-height line; digits are about 0.7 em tall
        double digitTopInLine = 0.8 * FOOTER_LINE_PT - 0.7 * Layout.PAGE_NUMBER_PT;
        double footerPt = Layout.mmToPt(page.bottomMm() - Layout.PAGE_NUMBER_GAP_MM) + digitTopInLine - FOOTER_LINE_PT;
        mar.setFooter(BigInteger.valueOf(Layout.ptToTwips(footerPt)));
        mar.setGutter(BigInteger.ZERO);
        if (page.pageNumbers()) {
            d.setEvenAndOddHeadings(true);
            pageNumber(d.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
            pageNumber(d.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        }
    }

    private static void defaults(XWPFDocument d) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        String family = FontRole.FANGSONG.wordFamily();
        fonts.setAscii(family);
        fonts.setHAnsi(family);
        fonts.setEastAsia(family);
        fonts.setCs(family);
        var styles = d.createStyles();
        styles.setDefaultFonts(fonts);
        CTDocDefaults defaults = styles.getCtStyles().getDocDefaults();
        CTRPr rPr = defaults.getRPrDefault().getRPr();
        BigInteger halfPoints = BigInteger.valueOf(Math.round(Layout.BODY_PT * 2));
        rPr.addNewSz().setVal(halfPoints); // after rFonts, before lang, as the schema orders them
        rPr.addNewSzCs().setVal(halfPoints);
        WordText.language(rPr);
        CTPPrDefault pPrDefault = defaults.isSetPPrDefault() ? defaults.getPPrDefault() : defaults.addNewPPrDefault();
        CTPPrBase pPr = pPrDefault.isSetPPr() ? pPrDefault.getPPr() : pPrDefault.addNewPPr();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        pPr.addNewAutoSpaceDE().setVal("0");
        pPr.addNewAutoSpaceDN().setVal("0");
    }

    /** 「— PAGE —」 in 宋体 四号, one character in from the text block's edge. */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment align) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(align);
        WordText.exactLines(p, FOOTER_LINE_PT);
        int oneChar = Layout.ptToTwips(Layout.PAGE_NUMBER_PT);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        String family = FontRole.SONG.wordFamily();
        run(p, family).setText("— ");
        run(p, family).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(p, family).getCTR().addNewInstrText().setStringValue("PAGE");
        run(p, family).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, family).setText("1");
        run(p, family).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, family).setText(" —");
    }

    private static XWPFRun run(XWPFParagraph p, String family) {
        XWPFRun r = p.createRun();
        WordText.format(r, family, Layout.PAGE_NUMBER_PT, 0);
        return r;
    }
}
