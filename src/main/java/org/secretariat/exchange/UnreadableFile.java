package org.secretariat.exchange;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.secretariat.i18n.Text;

/** Says in the user's words why a file could not be read, instead of the library's message. */
final class UnreadableFile {

    private static final org.apache.logging.log4j.Logger LOG =
            org.apache.logging.log4j.LogManager.getLogger(UnreadableFile.class);

    private UnreadableFile() {
    }

    static SheetReadException of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof OldExcelFormatException || m.contains("biff5") || m.contains("excel 5.0/7.0")) {
                return new SheetReadException(Text.of("import.error.oldExcel", "Excel 5.0/95"), e);
            }
            if (m.contains("strict ooxml")) {
                return new SheetReadException(Text.of("import.error.strictOoxml"), e);
            }
        }
        LOG.info("file not readable: {}", String.valueOf(e));
        return new SheetReadException(Text.of("import.error.unreadable", reason(e)), e);
    }

    static Object reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return Text.of("import.reason.zipBomb");
            }
            if (t instanceof NotOfficeXmlFileException || t instanceof NotOLE2FileException
                    || t instanceof EmptyFileException || m.contains("unsupported file type")) {
                return Text.of("import.reason.notSpreadsheet");
            }
            if (t instanceof ZipException || t instanceof EOFException || m.contains("truncated")
                    || m.contains("unexpected end")) {
                return Text.of("import.reason.damaged");
            }
        }
        // the library's own words (English, class names) go to the log, never to the user
        return Text.of("import.reason.damagedInside");
    }
}
