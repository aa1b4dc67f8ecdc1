package org.secretariat.service;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text a reader finds in a written .pdf or .docx, whitespace removed. */
final class DocumentText {

    private DocumentText() {
    }

    static String of(Path file) throws Exception {
        if (file.toString().endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                return ex.getText().replaceAll("\\s", "");
            }
        }
        PdfReader reader = new PdfReader(file.toString());
        try {
            StringBuilder b = new StringBuilder();
            PdfTextExtractor ex = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                b.append(ex.getTextFromPage(p));
            }
            return b.toString().replaceAll("\\s", "");
        } finally {
            reader.close();
        }
    }
}
