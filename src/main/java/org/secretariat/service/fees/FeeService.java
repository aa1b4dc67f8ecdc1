package org.secretariat.service.fees;

import org.secretariat.service.AuditTrail;
import org.secretariat.service.EditConflicts;
import org.secretariat.service.Numbering;
import org.secretariat.service.certificates.CertificateTemplates;

import org.secretariat.domain.AuditAction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.document.Doc;
import org.secretariat.domain.ChineseMoney;
import org.secretariat.domain.FeePayment;
import org.secretariat.domain.FeeRate;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Organisation;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.MemberUnitRepository;

/**
 * Fees where the charter has them (联席会议 第十二条: 会员单位服务年费): a schedule per tier and year,
 * what each unit owes and has paid, receipts (收据) with their own never-reused numbers, and arrears.
 * Money is {@link BigDecimal} yuan to the fen.
 */
public final class FeeService {

    public static final String ENTITY = "Fee";
    /** The audit trail's name for a year's rate of a tier (recorded under the rate's id, decision 0018). */
    public static final String ENTITY_RATE = "FeeRate";
    /** {@link #setRate(int, String, BigDecimal, Long)}'s loaded version when the screen showed no rate. */
    public static final long NO_RATE = -1;

    /** A unit's account for a year. */
    public record Account(long unitId, String unitName, String tierName, BigDecimal owed, BigDecimal paid) {
        public BigDecimal balance() {
            return owed.subtract(paid);
        }
    }

    /** A payment as the register lists it. */
    public record Payment(long id, String receiptNo, String unitName, int year, BigDecimal amount, LocalDate paidOn,
                          String method) {
    }

    private final Database db;
    private final MemberUnitRepository units;
    private final AuditTrail audit;
    private final Supplier<CharterProfile> charter;
    private final Clock clock;
    private final EditConflicts conflicts;

    public FeeService(Database db, MemberUnitRepository units, AuditTrail audit, Supplier<CharterProfile> charter,
                      Clock clock) {
        this.db = db;
        this.conflicts = new EditConflicts(db, audit);
        this.units = units;
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
    }

    public boolean charged() {
        return charter.get().fees() != null && charter.get().fees().charged();
    }

    public String article() {
        return charter.get().fees().citation().article();
    }

    /** The schedule of a year: each tier's amount (zero where none is set). */
    public Map<String, BigDecimal> rates(int year) {
        return db.fromTransaction(s -> {
            Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
            charter.get().tiers().forEach(t -> out.put(t.id(), BigDecimal.ZERO.setScale(2)));
            s.createSelectionQuery("from FeeRate r where r.year = :y", FeeRate.class).setParameter("y", year)
                    .getResultList().forEach(r -> out.put(r.getTierId(), r.getAmount()));
            return out;
        });
    }

    /** The version of each tier's stored rate for the year; a tier without a rate is absent. */
    public Map<String, Long> rateVersions(int year) {
        return db.fromTransaction(s -> {
            Map<String, Long> out = new HashMap<>();
            s.createSelectionQuery("from FeeRate r where r.year = :y", FeeRate.class).setParameter("y", year)
                    .getResultList().forEach(r -> out.put(r.getTierId(), r.getVersion()));
            return out;
        });
    }

    public void setRate(int year, String tierId, BigDecimal amount) {
        setRate(year, tierId, amount, null);
    }

    /**
     * Sets the rate, refused with {@link org.secretariat.service.EditConflict} if it is no longer what
     * the screen read: {@code loadedVersion} is the rate's version then, {@link #NO_RATE} if it had none,
     * null not to check.
     */
    public void setRate(int year, String tierId, BigDecimal amount, Long loadedVersion) {
        BigDecimal a = yuan(amount);
        Long[] id = {null};
        db.fromTransaction(s -> s.createSelectionQuery("select r.id from FeeRate r where r.year = :y and r.tierId = :t",
                Long.class).setParameter("y", year).setParameter("t", tierId).uniqueResultOptional()).ifPresent(x -> id[0] = x);
        conflicts.guard(ENTITY_RATE, id[0], () -> db.inTransaction(s -> {
            Optional<FeeRate> r = s.createSelectionQuery("from FeeRate r where r.year = :y and r.tierId = :t", FeeRate.class)
                    .setParameter("y", year).setParameter("t", tierId).uniqueResultOptional();
            conflicts.refuseIfChanged(s, ENTITY_RATE, r.map(FeeRate::getId).orElse(null), loadedVersion,
                    r.map(FeeRate::getVersion).orElse(NO_RATE));
            FeeRate rate = r.orElseGet(() -> new FeeRate(year, tierId, a));
            String old = r.map(x -> x.getAmount().toPlainString()).orElse("");
            if (r.isPresent()) {
                rate.setAmount(a);
            } else {
                s.persist(rate);
            }
            audit.record(s, AuditAction.UPDATE, ENTITY_RATE, rate.getId(), year + " " + tierId,
                    "rate" + AuditTrail.SEP + old + AuditTrail.SEP + a + "\n");
        }));
    }

    /** Each current member's account for the year: owed by its tier's rate, paid so far. */
    public List<Account> accounts(int year) {
        Map<String, BigDecimal> rates = rates(year);
        return db.fromTransaction(s -> {
            Map<Long, BigDecimal> paid = new HashMap<>();
            for (Object[] r : s.createSelectionQuery("select p.unitId, sum(p.amount) from FeePayment p where p.year = :y "
                    + "group by p.unitId", Object[].class).setParameter("y", year).getResultList()) {
                paid.put((Long) r[0], (BigDecimal) r[1]);
            }
            List<Account> out = new ArrayList<>();
            for (MemberUnit u : units.findAll(s)) {
                boolean member = u.getStatus().isCurrent() && (u.getJoinDate() == null || u.getJoinDate().getYear() <= year);
                BigDecimal p = paid.getOrDefault(u.getId(), BigDecimal.ZERO.setScale(2));
                if (member || p.signum() > 0) {
                    BigDecimal owed = member ? rates.getOrDefault(u.getTierId(), BigDecimal.ZERO.setScale(2)) : BigDecimal.ZERO.setScale(2);
                    String tier = charter.get().tier(u.getTierId()).map(Tier::name).orElse(u.getTierId());
                    out.add(new Account(u.getId(), u.getName(), tier, owed, p));
                }
            }
            return out;
        });
    }

    /** Units with something still to pay for a year. */
    public List<Account> arrears(int year) {
        return accounts(year).stream().filter(a -> a.balance().signum() > 0).toList();
    }

    /** Records a payment and gives it the next receipt number ({org}-SJ-{year}-0001). */
    public long pay(long unitId, int year, BigDecimal amount, LocalDate paidOn, String method, String remarks) {
        BigDecimal a = yuan(amount);
        if (a.signum() <= 0) {
            throw new IllegalArgumentException("a payment must be more than zero");
        }
        return db.fromTransaction(s -> {
            MemberUnit u = conflicts.found(s, MemberUnit.class, "MemberUnit", unitId, unitId); // deleted on another PC
            Organisation org = s.find(Organisation.class, Organisation.SINGLE_ID);
            String code = CertificateTemplates.orgCode(org != null && org.getShortName() != null ? org.getShortName()
                    : charter.get().organisation().name());
            String receipt = Numbering.next(s, "{org}-SJ-{year}-{seq:0000}", code, "SJ", paidOn);
            FeePayment p = new FeePayment(u.getId(), u.getName(), year, a, paidOn, receipt, method, remarks);
            s.persist(p);
            s.flush();
            audit.record(s, AuditAction.PAYMENT, ENTITY, p.getId(), u.getName(), "payment" + AuditTrail.SEP + "" + AuditTrail.SEP
                    + year + " " + a + " " + receipt + "\n");
            return p.getId();
        });
    }

    public List<Payment> payments(int year) {
        return db.fromTransaction(s -> s.createSelectionQuery("from FeePayment p where p.year = :y order by p.paidOn, p.id",
                FeePayment.class).setParameter("y", year).getResultList().stream().map(p -> new Payment(p.getId(),
                p.getReceiptNo(), p.getUnitName(), p.getYear(), p.getAmount(), p.getPaidOn(), p.getMethod())).toList());
    }

    /** The receipt (收据) for a payment, on a receipt slip ({@link Receipt}), to write as PDF or Word. */
    public Doc receipt(long paymentId) {
        return db.fromTransaction(s -> {
            FeePayment p = s.find(FeePayment.class, paymentId);
            Organisation org = s.find(Organisation.class, Organisation.SINGLE_ID);
            String payee = org == null ? charter.get().organisation().name() : org.getName();
            String item = charter.get().fees().items().isEmpty() ? "会费" : charter.get().fees().items().get(0).name();
            return new Receipt(p.getReceiptNo(), p.getPaidOn(), p.getUnitName(), p.getYear() + "年度" + item,
                    p.getAmount(), p.getMethod(), payee).doc();
        });
    }

    /** Arrears of past years and of this year after 31 March, for the home screen. */
    public List<Text> arrearsDue() {
        if (!charged()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Text> out = new ArrayList<>();
        int lastYear = today.getMonthValue() > 3 ? today.getYear() : today.getYear() - 1;
        for (int y = lastYear; y >= lastYear - 2; y--) {
            for (Account a : arrears(y)) {
                out.add(Text.of("due.arrears", a.unitName(), y, ChineseMoney.figures(a.balance())));
            }
        }
        return out;
    }

    static BigDecimal yuan(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("no amount");
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY); // to the fen; a fraction of a fen is refused
    }
}
