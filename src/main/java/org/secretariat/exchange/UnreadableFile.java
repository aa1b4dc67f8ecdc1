package org.secretariat.exchange;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.secretariat.i18n.Text;

/** Says in the user's words why a file could not be read, instead of the library's message. */
final class UnreadableFile {

    /** The longest library message passed on to the user; longer ones are cut. */
    static final int MAX_REASON = 200;

    private UnreadableFile() {
    }

    static SheetReadException of(Throwable e) {
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
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        // a parser quotes what it choked on: a 100 000-character attribute is not a message
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
