package org.secretariat.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws 「— n —」 in 四号 at the end of every page: 7 mm below the text block, one character in
 * from its right edge on odd pages and from its left edge on even pages.
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    private final PageSetup page;
    private final Font font;
    private final float baseline;

    PdfPageNumbers(PageSetup page, BaseFont baseFont) {
        this.page = page;
        this.font = new Font(baseFont, (float) Layout.PAGE_NUMBER_PT);
        float digitHeight = baseFont.getFontDescriptor(BaseFont.CAPHEIGHT, (float) Layout.PAGE_NUMBER_PT);
        if (digitHeight <= 0) {
            digitHeight = (float) (0.7 * Layout.PAGE_NUMBER_PT);
        }
        this.baseline = (float) Layout.mmToPt(page.bottomMm() - Layout.PAGE_NUMBER_GAP_MM) - digitHeight;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int n = writer.getPageNumber();
        Phrase text = new Phrase(new Chunk(Layout.pageNumber(n), font));
        float oneChar = (float) Layout.PAGE_NUMBER_PT;
        if (n % 2 == 1) {
            float x = (float) Layout.mmToPt(page.widthMm() - page.rightMm()) - oneChar;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, text, x, baseline, 0);
        } else {
            float x = (float) Layout.mmToPt(page.leftMm()) + oneChar;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, text, x, baseline, 0);
        }
    }
}
