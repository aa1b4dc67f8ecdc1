package org.secretariat.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in yuan as receipts write them: ¥1,234.50 and 人民币壹仟贰佰叁拾肆元伍角整 (大写), exact to the fen.
 */
public final class ChineseMoney {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SMALL = {"", "拾", "佰", "仟"};
    private static final String[] BIG = {"", "万", "亿", "万亿"};

    private ChineseMoney() {
    }

    /** ¥1,234.50 */
    public static String figures(BigDecimal amount) {
        return "¥" + String.format("%,.2f", amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** 壹仟贰佰叁拾肆元伍角整; 零元整 for zero; amounts must be non-negative with at most two decimals. */
    public static String capital(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (a.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        long fen = a.movePointRight(2).longValueExact();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int f = (int) (fen % 10);
        StringBuilder b = new StringBuilder();
        if (yuan > 0) {
            b.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && f == 0) {
            return (b.isEmpty() ? "零元" : b.toString()) + "整";
        }
        if (jiao > 0) {
            b.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            b.append('零');
        }
        if (f > 0) {
            b.append(DIGITS.charAt(f)).append('分');
        } else {
            b.append('整');
        }
        return b.toString();
    }

    /** The integer part: groups of four digits with 万 and 亿, zeros collapsed. */
    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int group = 0;
        boolean zeroPending = false;
        while (n > 0) {
            int part = (int) (n % 10000);
            if (part != 0) {
                String g = four(part) + BIG[group];
                if (zeroPending) {
                    g += "零";
                }
                out.insert(0, g);
                zeroPending = part < 1000;
            } else {
                zeroPending = !out.isEmpty();
            }
            n /= 10000;
            group++;
        }
        String s = out.toString();
        return s.endsWith("零") ? s.substring(0, s.length() - 1) : s;
    }

    private static String four(int n) {
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int d = n / (int) Math.pow(10, i) % 10;
            if (d == 0) {
                zero = !b.isEmpty();
            } else {
                if (zero) {
                    b.append('零');
                    zero = false;
                }
                b.append(DIGITS.charAt(d)).append(SMALL[i]);
            }
        }
        return b.toString();
    }
}
