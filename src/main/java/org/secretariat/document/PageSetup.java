package org.secretariat.document;

/**
 * Paper size and margins in millimetres, and whether pages carry 「— n —」 numbers.
 */
public record PageSetup(double widthMm, double heightMm, double topMm, double bottomMm,
                        double leftMm, double rightMm, boolean pageNumbers) {

    /** GB/T 9704: A4, top 37, bottom 35, left 28, right 26 mm (text block 156 × 225 mm). */
    public static final PageSetup OFFICIAL = new PageSetup(210, 297, 37, 35, 28, 26, true);

    /** A4 landscape for sign-in sheets and wide tables: 25 mm top and bottom, 20 mm at the sides. */
    public static final PageSetup A4_LANDSCAPE = new PageSetup(297, 210, 25, 25, 20, 20, true);

    /** Slips such as receipts (收据): A4 portrait, 12 mm margins all round, no page numbers. */
    public static final PageSetup SLIP = new PageSetup(210, 297, 12, 12, 12, 12, false);

    public boolean landscape() {
        return widthMm > heightMm;
    }

    public double textWidthMm() {
        return widthMm - leftMm - rightMm;
    }

    public double textHeightMm() {
        return heightMm - topMm - bottomMm;
    }
}
