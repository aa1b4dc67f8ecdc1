package org.secretariat.document;

/** Paper sizes for certificates, with their portrait width and height in millimetres. */
public enum Paper {
    /** 210 × 297 mm. */
    A4(210, 297),
    /** 297 × 420 mm. */
    A3(297, 420);

    private final double widthMm;
    private final double heightMm;

    Paper(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The short side. */
    public double widthMm() {
        return widthMm;
    }

    /** The long side. */
    public double heightMm() {
        return heightMm;
    }
}
