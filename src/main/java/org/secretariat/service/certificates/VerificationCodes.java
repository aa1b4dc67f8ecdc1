package org.secretariat.service.certificates;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.Session;
import org.secretariat.domain.AppSecret;
import org.secretariat.domain.Certificate;

/**
 * The short code printed on a certificate and in its QR code: {@code NUMBER.CHECK}, where CHECK is
 * 8 base-32 characters of an HMAC-SHA256, keyed with this data folder's secret, over the number,
 * holder, kind and issue date. Offline, the secretariat can tell a genuine certificate from an
 * altered or invented one.
 */
final class VerificationCodes {

    static final String KEY_NAME = "certificate-key";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1: read aloud safely
    private static final int CHECK_LENGTH = 8;

    private VerificationCodes() {
    }

    /** The folder's key, created on first use and kept in the database (so backups carry it). */
    static byte[] key(Session s) {
        AppSecret secret = s.find(AppSecret.class, KEY_NAME);
        if (secret == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            secret = new AppSecret(KEY_NAME, HexFormat.of().formatHex(key));
            s.persist(secret);
        }
        return HexFormat.of().parseHex(secret.getValue());
    }

    static String codeOf(Certificate c, byte[] key) {
        return c.getNumber() + "." + check(c, key);
    }

    static String check(Certificate c, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String content = String.join("\u001F", c.getNumber(), c.getHolderName(), c.getKindId(),
                    c.getIssuedOn().toString());
            byte[] h = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < CHECK_LENGTH; i++) {
                out.append(ALPHABET.charAt((h[i] & 0xFF) % ALPHABET.length()));
            }
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Splits "NUMBER.CHECK" (spaces and case forgiven); empty if it is not shaped like a code. */
    static Optional<String[]> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String t = code.strip().replaceAll("\\s", "");
        int dot = t.lastIndexOf('.');
        if (dot <= 0 || dot == t.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new String[] {t.substring(0, dot), t.substring(dot + 1).toUpperCase(Locale.ROOT)});
    }
}
