package org.secretariat.service.certificates;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.CertificateState;
import org.secretariat.domain.MemberStatus;
import org.secretariat.i18n.Messages;

class CertificateServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    private static long unit(AppContext ctx, String name, String tier) {
        UnitDraft d = TestWorkspace.unit(name, "");
        d.tierId = tier;
        return ctx.roster().save(d).id();
    }

    @Test
    void numbersFollowThePatternAndAreNeverReusedAcrossReissueAndRevocation() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long a = unit(ctx, "新乡学院", "member");
            long b = unit(ctx, "河南科技学院", "member");
            var issued = ctx.certificates().issue("member", List.of(a, b), DAY, false);
            assertTrue(issued.problems().isEmpty(), issued.problems().toString());
            List<CertificateRow> rows = ctx.certificates().list();
            assertEquals(List.of("KJDSLM-2026-0001", "KJDSLM-2026-0002"), rows.stream().map(CertificateRow::number).toList());
            long replacement = ctx.certificates().reissue(issued.ids().get(0), DAY.plusDays(3), "遗失");
            ctx.certificates().close(issued.ids().get(1), CertificateState.REVOKED, DAY.plusDays(4), "测试");
            ctx.certificates().issue("member", List.of(b), DAY.plusDays(5), false);
            Set<String> numbers = new HashSet<>();
            ctx.certificates().list().forEach(r -> assertTrue(numbers.add(r.number()), "repeated " + r.number()));
            assertEquals(4, numbers.size());
            CertificateRow old = ctx.certificates().list().get(0);
            assertEquals(CertificateState.REISSUED, old.state());
            assertEquals("KJDSLM-2026-0003", ctx.certificates().list().stream().filter(r -> r.id() == replacement)
                    .findFirst().orElseThrow().number());
        }
    }

    @Test
    void aDirectorCertificateGoesOnlyToCouncilUnitsAndLastsOneCouncilTerm() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long member = unit(ctx, "普通会员单位甲", "member");
            long director = unit(ctx, "理事单位乙", "council-unit");
            var refused = ctx.certificates().issue("director", List.of(member, director), DAY, false);
            assertTrue(refused.ids().isEmpty(), "one refusal stops the whole issue");
            String why = Messages.forLanguage("zh").get(refused.problems().get(0));
            assertEquals("跨境电商联盟理事证书颁发给理事单位及以上级别的单位（第十四条（二）5）；「普通会员单位甲」目前是普通会员单位", why);
            assertTrue(ctx.certificates().list().isEmpty());
            assertEquals(List.of(director), ctx.certificates().eligibleUnits("director"));
            ctx.certificates().issue("director", List.of(director), DAY, false);
            CertificateRow row = ctx.certificates().list().get(0);
            assertEquals(LocalDate.of(2029, 6, 17), row.validUntil(), "第六条: 三年一届");
            assertEquals("理事单位", row.attests());
        }
    }

    @Test
    void credentialsGoToTheOfficeHoldersAndRunForTheirTerm() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "county-joint")) {
            UnitDraft d = TestWorkspace.unit("某县人民政府", "");
            d.people.add(new PersonDraft("张县长", "县长", "常务理事", DAY.minusMonths(1), null, "", ""));
            d.people.add(new PersonDraft("李主任", "办公室主任", "联络员", DAY.minusMonths(1), null, "", ""));
            long unit = ctx.roster().save(d).id();
            ctx.certificates().issue("liaison-credential", List.of(unit), DAY, false);
            CertificateRow row = ctx.certificates().list().get(0);
            assertEquals("李主任", row.holderName());
            assertEquals("联络员", row.attests());
            assertEquals(DAY.minusMonths(1).plusYears(8).minusDays(1), row.validUntil(), "第六条: 联络员 8 年");
            var none = ctx.certificates().issue("director-credential", List.of(unit), DAY, false);
            assertTrue(Messages.forLanguage("zh").get(none.problems().get(0)).contains("没有在任的理事"));
        }
    }

    @Test
    void aGenuineCodeVerifiesAndAForgedOrAlteredOneIsRejected() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long a = unit(ctx, "中华思源工程扶贫基金会", "member");
            long id = ctx.certificates().issue("member", List.of(a), DAY, false).ids().get(0);
            String code = ctx.certificates().codeOf(id);
            assertTrue(code.matches("[A-Z]+-2026-0001\\.[A-Z2-9]{8}"), code);
            var ok = ctx.certificates().verify(code);
            assertEquals(CertificateService.Verification.Verdict.VALID, ok.verdict());
            assertEquals("中华思源工程扶贫基金会", ok.row().holderName());
            assertEquals(CertificateService.Verification.Verdict.VALID, ctx.certificates().verify(" " + code.toLowerCase()
                    .replace(code.substring(0, code.indexOf('.')).toLowerCase(), code.substring(0, code.indexOf('.'))) + " ").verdict());
            String check = code.substring(code.indexOf('.') + 1);
            String tampered = code.substring(0, code.indexOf('.') + 1) + (check.charAt(0) == 'A' ? 'B' : 'A') + check.substring(1);
            assertEquals(CertificateService.Verification.Verdict.FORGED, ctx.certificates().verify(tampered).verdict());
            ctx.certificates().issue("member", List.of(unit(ctx, "另一单位", "member")), DAY, false);
            String otherNumber = code.replace("-0001.", "-0002.");
            assertEquals(CertificateService.Verification.Verdict.FORGED, ctx.certificates().verify(otherNumber).verdict(),
                    "a check value copied to another number fails");
            assertEquals(CertificateService.Verification.Verdict.UNKNOWN, ctx.certificates().verify(code.replace("-0001.", "-0099.")).verdict());
            assertEquals(CertificateService.Verification.Verdict.MALFORMED, ctx.certificates().verify("hello").verdict());
            ctx.certificates().close(id, CertificateState.RETURNED, DAY.plusDays(30), "退出联盟，证书交回");
            assertEquals(CertificateService.Verification.Verdict.NOT_VALID, ctx.certificates().verify(code).verdict());
        }
    }

    @Test
    void certificatesOfAUnitThatLeftAreListedForRecall() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long a = unit(ctx, "甲单位", "member");
            ctx.certificates().issue("member", List.of(a), DAY, false);
            assertTrue(ctx.certificates().toRecall().isEmpty());
            UnitDraft d = ctx.roster().draft(a).orElseThrow();
            d.status = MemberStatus.WITHDRAWN;
            ctx.roster().save(d);
            assertEquals(1, ctx.certificates().toRecall().size());
            String due = Messages.forLanguage("zh").get(ctx.obligations().due().stream()
                    .filter(x -> x.what().key().equals("due.recall")).findFirst().orElseThrow().what());
            assertTrue(due.startsWith("应收回证书 ") && due.contains("甲单位，已退出"), due);
            var again = ctx.certificates().issue("member", List.of(a), DAY, false);
            assertTrue(Messages.forLanguage("zh").get(again.problems().get(0)).contains("只有在册会员可以颁发证书"));
            assertNull(again.ids().isEmpty() ? null : again);
        }
    }

    @Test
    void theQrCodeShowsFiveReadableLinesThatTheVerifierAccepts() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            long a = unit(ctx, "新乡学院", "member");
            long id = ctx.certificates().issue("member", List.of(a), DAY, false).ids().get(0);
            byte[] png = ctx.certificateOutput().design(id).qrPng();
            String scanned = org.secretariat.document.QrDecode.decode(
                    javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)));
            List<String> lines = scanned.lines().toList();
            assertEquals(5, lines.size(), scanned);
            assertEquals("新乡学院", lines.get(2));
            assertTrue(lines.get(1).endsWith("证书"), lines.get(1));
            assertEquals("编号 KJDSLM-2026-0001\u30002026年6月18日颁发", lines.get(3));
            assertTrue(lines.get(4).matches("验证码 KJDSLM-2026-0001\\.[A-Z2-9]{8}"), lines.get(4));
            var v = ctx.certificates().verify(scanned);
            assertEquals(CertificateService.Verification.Verdict.VALID, v.verdict());
            assertEquals(CertificateService.Verification.Verdict.VALID,
                    ctx.certificates().verify(ctx.certificates().codeOf(id)).verdict(), "the old NUMBER.CHECK still works");
            assertEquals(CertificateService.Verification.Verdict.FORGED,
                    ctx.certificates().verify(scanned.replace("新乡学院", "新乡大学")).verdict(), "a changed holder line");
            assertEquals(CertificateService.Verification.Verdict.VALID,
                    ctx.certificates().verify(scanned.replace("\n", "")).verdict(), "pasted into a one-line field");
        }
    }
}
