package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second copy asks the first window to come to the front; a stale or forged request does nothing. */
class WindowBeaconTest {

    @TempDir
    Path data;

    @Test
    void aSecondCopyBringsTheFirstWindowToTheFront() throws Exception {
        AtomicInteger raised = new AtomicInteger();
        try (WindowBeacon beacon = WindowBeacon.listen(data, raised::incrementAndGet)) {
            assertTrue(WindowBeacon.signal(data));
            assertTrue(WindowBeacon.signal(data));
            assertEquals(2, raised.get());
            String[] parts = Files.readString(data.resolve(WindowBeacon.FILE)).strip().split(" ");
            Files.writeString(data.resolve(WindowBeacon.FILE), parts[0] + " " + "0".repeat(32));
            assertFalse(WindowBeacon.signal(data), "a request without the token is refused");
            assertEquals(2, raised.get());
        }
        assertFalse(Files.exists(data.resolve(WindowBeacon.FILE)), "closing removes the file");
        assertFalse(WindowBeacon.signal(data), "no window: the request fails and says so");
    }

    @Test
    void aBeaconFileLeftByACrashFailsQuietly() throws Exception {
        Files.writeString(data.resolve(WindowBeacon.FILE), "1 deadbeef");
        assertFalse(WindowBeacon.signal(data));
    }
}
