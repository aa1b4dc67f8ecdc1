package org.secretariat.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What the About dialog says: the app's version (the jar manifest's, else the one Maven wrote into
 * {@code version.properties}), the data folder, the Java runtime, and the licences of the libraries
 * the app ships with.
 */
public record AboutInfo(String version, Path dataDir, String java) {

    /** A library the app ships with and the licence it is used under. */
    public record Library(String name, String licence) {
    }

    public static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX", "GPL 2.0 + Classpath Exception"),
            new Library("ControlsFX", "BSD 3-Clause"),
            new Library("Hibernate ORM", "LGPL 2.1 / Apache 2.0"),
            new Library("H2 Database", "MPL 2.0 / EPL 1.0"),
            new Library("Flyway", "Apache 2.0"),
            new Library("Apache POI", "Apache 2.0"),
            new Library("OpenPDF", "LGPL 2.1 / MPL 2.0"),
            new Library("Apache Log4j", "Apache 2.0"));

    public static AboutInfo of(Path dataDir) {
        return new AboutInfo(appVersion(), dataDir.toAbsolutePath(),
                System.getProperty("java.version", "?") + " (" + System.getProperty("java.vendor", "?") + ")");
    }

    static String appVersion() {
        String fromJar = AboutInfo.class.getPackage().getImplementationVersion();
        if (fromJar != null && !fromJar.isBlank()) {
            return fromJar;
        }
        try (InputStream in = AboutInfo.class.getResourceAsStream("/org/secretariat/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // falls through to unknown
        }
        return "?";
    }
}
