package org.secretariat.document;

/** The frame drawn around a certificate, 15 mm in from the edge of an A4 sheet (scaled on A3). */
public enum BorderStyle {
    /** No frame. */
    NONE,
    /** One line. */
    SIMPLE,
    /** Two thin lines close together. */
    DOUBLE,
    /** A thick outer and a thin inner line, with small ornaments in the corners (drawn with lines, no image). */
    CLASSIC
}
