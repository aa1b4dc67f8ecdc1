package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --database} itself, without a server: a wrong address and the H2-only commands are refused. */
class CliDatabaseOptionTest {

    @TempDir
    Path data;

    @Test
    void anAddressNotOfTheFormIsAUsageError() {
        CliRun r = CliRun.in(data, "--database", "mysql://office/members", "roster", "list");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("「mysql://office/members」不是数据库地址"), r.err());
        assertTrue(!Files.exists(data.resolve("secretariat.mv.db")), "no H2 file was made instead");
    }

    @Test
    void restoringAnH2BackupAndThePasswordAreTheDataFoldersOwn() {
        // backup create and list work on a server (portable exports, decision 0020); these are H2's
        for (String command : new String[] {"backup", "password"}) {
            CliRun r = CliRun.in(data, "--database", "postgresql://u@127.0.0.1:1/db", command,
                    command.equals("backup") ? "restore" : "set");
            assertEquals(2, r.code(), command);
            assertTrue(r.err().contains("命令「" + command + "」只用于本机数据目录"), r.err());
        }
    }
}
