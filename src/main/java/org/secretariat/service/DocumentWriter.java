package org.secretariat.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.secretariat.document.Doc;
import org.secretariat.document.FontSet;
import org.secretariat.document.PdfRenderer;
import org.secretariat.document.WordRenderer;

/**
 * Writes a {@link Doc} as .pdf or .docx by the target's extension. The machine's fonts are looked
 * up once, on the first PDF, and kept for the writer's life.
 */
public final class DocumentWriter {

    private FontSet fonts;

    /** Writes the document as .pdf or .docx by the target's extension. */
    public void write(Doc doc, Path target) throws IOException {
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            new PdfRenderer(fonts()).write(doc, target);
        } else {
            new WordRenderer().write(doc, target);
        }
    }

    /** The fonts found on this machine, read once (charts in reports draw with them too). */
    public synchronized FontSet fonts() {
        if (fonts == null) {
            fonts = FontSet.discover();
        }
        return fonts;
    }
}
