package org.secretariat.document;

/** Measures of the 版记 (GB/T 9704 §7.4), shared by {@link PdfImprint} and {@link WordImprint}. */
final class ImprintLayout {

    /** 四号 仿宋; also the indent of one character from each side. */
    static final double FONT_PT = 14;
    /** Each line of the 版记 takes one line of the body grid, so the Word file can count it. */
    static final double ROW_PT = Layout.LINE_PT;
    /** The first and last rule: 0.35 mm. */
    static final double THICK_PT = Layout.mmToPt(0.35);
    /** The rule between the 抄送 line and the 印发 line: 0.25 mm. */
    static final double THIN_PT = Layout.mmToPt(0.25);

    private ImprintLayout() {
    }

    /**
     * Widths of the 印发机关 and 印发日期 cells: the date's cell just holds the date and its
     * one-character indent; the office gets the rest, so a long name stays on one line.
     */
    static double[] columns(Block.Imprint imprint, double totalPt) {
        // a quarter more than the nominal width: wider figures in some fonts, and the space Word and
        // LibreOffice put between Chinese characters and figures
        double date = (Layout.ems(imprint.printedOnText()) * 1.25 + 1) * FONT_PT;
        return new double[] {totalPt - date, date};
    }
}
