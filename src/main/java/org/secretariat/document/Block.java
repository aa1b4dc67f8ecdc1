package org.secretariat.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One element of a {@link Doc}, in reading order. Renderers handle each kind. */
public sealed interface Block {

    /** A run of text in one typeface; {@code \n} inside it is a line break. */
    record Span(FontRole font, String text) {
        public Span {
            text = text == null ? "" : text;
        }
    }

    /** A paragraph: one style, one or more spans. */
    record Text(TextStyle style, List<Span> spans) implements Block {
        public Text {
            spans = List.copyOf(spans);
        }

        public static Text of(TextStyle style, String text) {
            return new Text(style, List.of(new Span(style.font(), text)));
        }

        /** All the text of the paragraph. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    /**
     * A bordered table, full text width, 仿宋 小四, 黑体 header that repeats on every page. Rows
     * shorter than the header are padded with empty cells. Rows are at least {@code minRowHeightMm}
     * tall (0: as tall as their text) in both renderers; a {@code headerless} table prints no header
     * row (the header then only names the columns, e.g. for a form).
     */
    record Table(List<String> header, List<List<String>> rows, List<Integer> relativeWidths,
                 double minRowHeightMm, boolean headerless) implements Block {

        public Table(List<String> header, List<List<String>> rows, List<Integer> relativeWidths) {
            this(header, rows, relativeWidths, 0, false);
        }

        public Table {
            if (!(minRowHeightMm >= 0)) {
                throw new IllegalArgumentException("row height must not be negative: " + minRowHeightMm);
            }
            header = clean(header);
            List<List<String>> copy = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(clean(row));
                if (cells.size() > header.size()) {
                    throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                copy.add(Collections.unmodifiableList(cells));
            }
            rows = Collections.unmodifiableList(copy);
            if (relativeWidths.isEmpty()) {
                relativeWidths = Collections.nCopies(header.size(), 1);
            } else if (relativeWidths.size() != header.size()) {
                throw new IllegalArgumentException(relativeWidths.size() + " widths for " + header.size() + " columns");
            } else if (relativeWidths.stream().anyMatch(w -> w <= 0)) {
                throw new IllegalArgumentException("column widths must be positive: " + relativeWidths);
            }
            relativeWidths = List.copyOf(relativeWidths);
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
        }

        private static List<String> clean(List<String> cells) {
            List<String> out = new ArrayList<>(cells.size());
            cells.forEach(c -> out.add(c == null ? "" : c));
            return List.copyOf(out);
        }
    }

    /** A centred PNG picture, {@code widthMm} wide (at most the text width), aspect ratio kept. */
    record Image(byte[] png, double widthMm, int pixelWidth, int pixelHeight) implements Block {
        public Image {
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }

    /** The issuer and the date, right-aligned, the issuer centred over the date. */
    record Signature(String issuer, LocalDate date) implements Block {
    }

    /** A dashed line across the text width, one body line tall, where a slip is cut apart (裁剪线). */
    record CutLine() implements Block {
    }

    /** The next block starts a new page. */
    record PageBreak() implements Block {
    }

    /** {@code count} empty body lines. */
    record BlankLines(int count) implements Block {
        public BlankLines {
            if (count < 0) {
                throw new IllegalArgumentException("negative line count " + count);
            }
        }
    }
    /**
     * The 版记 (GB/T 9704 §7.4) at the foot of the last page: the 抄送 line ({@code copiesTo}, left
     * out when blank), then the 印发机关 and 印发日期 line, between a first and last rule of 0.35 mm
     * with a 0.25 mm rule between the two lines.
     */
    record Imprint(String copiesTo, String printedBy, LocalDate printedOn) implements Block {
        public Imprint {
            copiesTo = copiesTo == null ? "" : copiesTo.strip();
            printedBy = java.util.Objects.requireNonNull(printedBy).strip();
            java.util.Objects.requireNonNull(printedOn);
        }

        /** The 抄送 line, or "" when there is none. */
        public String copiesLine() {
            return copiesTo.isEmpty() ? "" : "抄送：" + copiesTo + (copiesTo.endsWith("。") ? "" : "。");
        }

        /** 「印发日期」 as GB/T 9704 writes it: Arabic figures and 「印发」. */
        public String printedOnText() {
            return ChineseDates.format(printedOn) + "印发";
        }
    }
}
