package org.secretariat.service.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.Doc;
import org.secretariat.domain.ChineseMoney;

/**
 * A receipt (收据) on a receipt layout, not an official document: an A4 slip with 12 mm margins and
 * no page number ({@link Doc#slip()}), in three parts (联次) — 第一联 存根, 第二联 收据 (for the payer),
 * 第三联 记账 (for the accounts) — separated by dashed cut lines. Each part carries the receipt's
 * NO., the date, 交款单位, 项目, the amount in capitals (人民币壹仟元整) and in figures (¥1,000.00), and
 * the lines 收款单位（盖章）, 收款人, 经手人, 交款人; the payee is named once per part.
 *
 * @param number    the payment's receipt number, never reused
 * @param paidOn    the day the money was received
 * @param payer     交款单位
 * @param item      项目, e.g. 2026年度会费
 * @param amount    yuan to the fen
 * @param method    交款方式 (银行转账 …); null or blank prints «无»
 * @param payee     收款单位, the organisation
 */
public record Receipt(String number, LocalDate paidOn, String payer, String item, BigDecimal amount, String method,
                      String payee) {

    /** The three parts, in the order they are printed. */
    public static final List<String> PARTS = List.of("第一联　存根", "第二联　收据", "第三联　记账");

    /** Each row of a part's table is at least this tall, room to sign by hand. */
    static final double ROW_MM = 10;

    public Receipt {
        Objects.requireNonNull(number);
        Objects.requireNonNull(paidOn);
        Objects.requireNonNull(payer);
        Objects.requireNonNull(item);
        Objects.requireNonNull(payee);
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a receipt is for more than zero: " + amount);
        }
    }

    /** The slip with its three parts. */
    public Doc doc() {
        Doc d = Doc.slip();
        for (int i = 0; i < PARTS.size(); i++) {
            if (i > 0) {
                d.cutLine();
            }
            part(d, PARTS.get(i));
        }
        return d;
    }

    private void part(Doc d, String part) {
        d.title("收　　据").blankLines(0)
                .plain(part + "　　　　　　　　　NO. " + number);
        String how = method == null || method.isBlank() ? "无" : method;
        d.table(List.of("", "", "", ""), List.of(
                List.of("交款单位", payer, "日　　期", ChineseDates.format(paidOn)),
                List.of("项　　目", item, "交款方式", how),
                List.of("金额（大写）", "人民币" + ChineseMoney.capital(amount), "金额（小写）", ChineseMoney.figures(amount)),
                List.of("收款单位\n（盖章）", payee, "收 款 人", ""),
                List.of("经 手 人", "", "交 款 人", "")), ROW_MM, true, 3, 8, 3, 4);
    }
}
