package org.secretariat.service.fees;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import org.secretariat.i18n.Text;

/**
 * The one reader of an amount the user typed, as Chinese keyboards type it: 「￥1000」「¥1,000」
 * 「1，000」「１０００」「1000元」「人民币1000.50元」. Yuan exact to the fen ({@link BigDecimal}, scale 2);
 * anything else is refused with a sentence saying what to write. Every path that reads a typed
 * amount (the fees screen's rate and payment fields) goes through {@link #parse}.
 */
public final class MoneyInput {

    /** Digits with optional thousands separators in threes, then at most some decimals. */
    private static final Pattern NUMBER = Pattern.compile("(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    /** An amount read, or why it could not be. */
    public record Parsed(BigDecimal amount, Text problem) {
        public boolean ok() {
            return amount != null;
        }

        public Optional<BigDecimal> value() {
            return Optional.ofNullable(amount);
        }
    }

    private MoneyInput() {
    }

    /** Reads {@code typed}; a negative amount, a fraction of a fen or anything but a number is refused. */
    public static Parsed parse(String typed) {
        String shown = typed == null ? "" : typed.strip();
        String s = Normalizer.normalize(shown, Normalizer.Form.NFKC) // １０００ → 1000, ，→ , ￥ → ¥, ． → .
                .replaceAll("\\s+", "");
        if (s.isEmpty()) {
            return refused("money.error.empty", shown);
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("−")) {
            negative = true;
            s = s.substring(1);
        }
        s = strip(s);
        if (s.startsWith("-") || s.startsWith("−")) {
            negative = true;
            s = s.substring(1);
        }
        if (!NUMBER.matcher(s).matches()) {
            return refused("fee.error.amount", shown);
        }
        BigDecimal v = new BigDecimal(s.replace(",", ""));
        if (negative && v.signum() != 0) {
            return refused("money.error.negative", shown);
        }
        if (v.stripTrailingZeros().scale() > 2) {
            return refused("money.error.fraction", shown);
        }
        return new Parsed(v.setScale(2), null);
    }

    /** Drops the currency marks around the number: ¥ / RMB / 人民币 before, 元 / 元整 after. */
    private static String strip(String s) {
        String out = s;
        for (String prefix : new String[] {"人民币", "RMB", "rmb", "CNY", "cny", "¥"}) {
            if (out.startsWith(prefix)) {
                out = out.substring(prefix.length());
            }
        }
        for (String suffix : new String[] {"元整", "元"}) {
            if (out.endsWith(suffix)) {
                out = out.substring(0, out.length() - suffix.length());
                break;
            }
        }
        return out;
    }

    private static Parsed refused(String key, String typed) {
        return new Parsed(null, Text.of(key, typed));
    }
}
