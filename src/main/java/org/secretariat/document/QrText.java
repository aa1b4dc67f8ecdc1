package org.secretariat.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a certificate's QR code holds: five short lines that a phone's camera shows as they are,
 * so that a reader can compare them with the paper without this app —
 * <pre>
 * 新乡市跨境电商产业联盟
 * 理事单位证书
 * 新乡学院
 * 编号 KJDSLM-2026-0001　2026年6月18日颁发
 * 验证码 KJDSLM-2026-0001.7KQ2M9PA
 * </pre>
 * The last line carries the verification code {@code NUMBER.CHECK} that the app's verifier checks;
 * {@link #read} takes either this text (also with its line feeds dropped, as a one-line field
 * pastes it) or a bare code, as older certificates carry.
 */
public final class QrText {

    /** The label before the verification code on the last line. */
    static final String CODE_LABEL = "验证码";
    private static final String NUMBER_LABEL = "编号";
    private static final Pattern CODE = Pattern.compile("([^\\s：:]+\\.[A-Za-z0-9]{4,})\\s*$");

    /** A scanned text taken apart: the code always, the holder when the five-line text gave it. */
    public record Scanned(String code, Optional<String> holder) {
    }

    private QrText() {
    }

    /** The five lines for a certificate (blank parts left out), joined by line feeds. */
    public static String compose(String organisation, String kind, String holder, String number, LocalDate issuedOn,
                                 String code) {
        String numberLine = NUMBER_LABEL + " " + number + "\u3000" + issuedOn.getYear() + "年"
                + issuedOn.getMonthValue() + "月" + issuedOn.getDayOfMonth() + "日颁发";
        return String.join("\n", List.of(orEmpty(organisation), orEmpty(kind), orEmpty(holder), numberLine,
                CODE_LABEL + " " + code).stream().filter(s -> !s.isBlank()).toList());
    }

    /**
     * The verification code in a scanned or typed text: the five-line text's last line, or the text
     * itself when it is a bare {@code NUMBER.CHECK}; the holder is the third line of a five-line text.
     */
    public static Scanned read(String text) {
        if (text == null) {
            return new Scanned("", Optional.empty());
        }
        List<String> lines = text.strip().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (lines.size() < 2) {
            // a one-line field drops the line feeds of a pasted text: the code follows the last label
            String t = text.strip();
            int label = t.lastIndexOf(CODE_LABEL);
            return new Scanned(label < 0 ? t : t.substring(label + CODE_LABEL.length()).replaceFirst("^[\\s：:]+", ""),
                    Optional.empty());
        }
        String last = lines.get(lines.size() - 1);
        Matcher m = CODE.matcher(last);
        String code = m.find() ? m.group(1) : last;
        Optional<String> holder = lines.size() == 5 ? Optional.of(lines.get(2)) : Optional.empty();
        return new Scanned(code, holder);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
