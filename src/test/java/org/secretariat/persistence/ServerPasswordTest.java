package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server password where psql finds it: PGPASSWORD, else PGPASSFILE or ~/.pgpass. */
class ServerPasswordTest {

    private static final ServerTarget OFFICE = ServerTarget.parse("postgresql://mishu@office:5432/members", "x");

    @TempDir
    Path home;

    @Test
    void pgpasswordComesFirst() throws Exception {
        write(home.resolve(".pgpass"), "*:*:*:*:from-file\n");
        assertEquals(Optional.of("from-env"), ServerPassword.find(OFFICE, Map.of("PGPASSWORD", "from-env"), home.toString(), "Linux"));
        assertEquals(Optional.of("from-file"), ServerPassword.find(OFFICE, Map.of(), home.toString(), "Linux"));
    }

    @Test
    void pgpassfileNamesAnotherFile() throws Exception {
        write(home.resolve(".pgpass"), "*:*:*:*:default-file\n");
        Path other = write(home.resolve("office.pass"), "office:5432:members:mishu:named-file\n");
        assertEquals(Optional.of("named-file"), ServerPassword.find(OFFICE, Map.of("PGPASSFILE", other.toString()),
                home.toString(), "Linux"));
    }

    @Test
    void theFirstMatchingLineWinsWithWildcardsAndEscapes() {
        List<String> lines = List.of("# comment", "", "other:5432:members:mishu:not-this-host",
                "office:5433:members:mishu:not-this-port", "office:*:members:mishu:pa\\:ss\\\\word", "*:*:*:*:fallback");
        assertEquals(Optional.of("pa:ss\\word"), ServerPassword.lookUp(lines, OFFICE));
        assertEquals(Optional.of("fallback"), ServerPassword.lookUp(lines,
                ServerTarget.parse("postgresql://li@office/members", "x")));
        assertEquals(Optional.empty(), ServerPassword.lookUp(List.of("office:5432:members:li:x"), OFFICE));
    }

    @Test
    void aFileOthersCanReadIsNotUsedAsLibpqDoes() throws Exception {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path f = write(home.resolve(".pgpass"), "*:*:*:*:secret\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(Optional.empty(), ServerPassword.find(OFFICE, Map.of(), home.toString(), "Linux"));
    }

    @Test
    void windowsKeepsItUnderAppData() {
        assertEquals(Path.of("C:/Users/wang/AppData/Roaming", "postgresql", "pgpass.conf"),
                ServerPassword.passFile(Map.of("APPDATA", "C:/Users/wang/AppData/Roaming"), "C:/Users/wang", "Windows 11"));
        assertEquals(Path.of("/home/wang", ".pgpass"), ServerPassword.passFile(Map.of(), "/home/wang", "Linux"));
    }

    private static Path write(Path file, String text) throws Exception {
        Files.writeString(file, text);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
