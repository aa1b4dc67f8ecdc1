package org.secretariat.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key a data folder's database file is encrypted with (H2 {@code CIPHER=AES}), derived from the
 * user's password; or {@link #NONE} for a folder without a password. The password itself is never
 * stored anywhere: without it (or a backup made before it was set) the data cannot be read.
 *
 * <p>H2 takes the file password up to the first space of the JDBC password, so a password with
 * spaces or any script would not survive as typed; the key is therefore the hex of
 * PBKDF2-HMAC-SHA256 over the password (H2 then salts and stretches that again per file).
 */
public final class DatabaseKey {

    public static final DatabaseKey NONE = new DatabaseKey(null);
    /** What H2 writes at the start of an encrypted file. */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SALT = "org.secretariat/data-key/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 20_000;

    private final char[] fileKey;

    private DatabaseKey(char[] fileKey) {
        this.fileKey = fileKey;
    }

    /** The key for a password; an empty password means none. */
    public static DatabaseKey fromPassword(char[] password) {
        if (password == null || password.length == 0) {
            return NONE;
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        try {
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new DatabaseKey(HexFormat.of().formatHex(bytes).toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    public boolean isSet() {
        return fileKey != null;
    }

    /** The key as H2's tools take it ({@code ChangeFileEncryption}), or null for none. */
    char[] fileKey() {
        return fileKey == null ? null : fileKey.clone();
    }

    /** What the JDBC URL adds for this key. */
    String urlOptions() {
        return isSet() ? ";CIPHER=AES" : "";
    }

    /** The JDBC password: the file key, a space, and the (empty) user password. */
    String jdbcPassword() {
        return isSet() ? new String(fileKey) + " " : "";
    }

    /** Whether an H2 database file ({@code .mv.db}) is encrypted; false if there is no such file. */
    public static boolean isEncrypted(Path mvDb) throws IOException {
        if (!Files.isRegularFile(mvDb)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(mvDb)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        }
    }

    /** Whether the database of a data folder is encrypted. */
    public static boolean folderIsEncrypted(Path dataDir) throws IOException {
        return isEncrypted(dataDir.resolve(BackupArchive.ENTRY));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseKey k && Arrays.equals(fileKey, k.fileKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fileKey);
    }

    @Override
    public String toString() {
        return isSet() ? "DatabaseKey[AES]" : "DatabaseKey[none]";
    }
}
