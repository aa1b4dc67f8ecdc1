package org.secretariat.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.secretariat.i18n.Text;

/**
 * Excel files older than Excel 97 said in plain words. Excel 2.x–4.0 files are a bare stream of BIFF
 * records (no OLE2 container), which POI takes for 「not a spreadsheet」; Excel 5.0/95 files (BIFF5)
 * are refused by POI with an English message and are caught in {@link UnreadableFile}.
 */
final class OldFormats {

    private OldFormats() {
    }

    /** Refuses an Excel 2.x–4.0 worksheet with how to save it anew; anything else passes. */
    static void refuse(Path file) throws SheetReadException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw UnreadableFile.of(e);
        }
        if (n == 4 && isBiff234(head)) {
            throw new SheetReadException(Text.of("import.error.oldExcel", "Excel 2.x–4.0"), null);
        }
    }

    /** A BOF record of BIFF2 (0x0009), BIFF3 (0x0209) or BIFF4 (0x0409) with its usual length. */
    static boolean isBiff234(byte[] head) {
        int id = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int length = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        return (id == 0x0009 || id == 0x0209 || id == 0x0409) && (length == 4 || length == 6 || length == 8);
    }
}
