package org.secretariat.service.certificates;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.cases.CaseSteps;
import org.secretariat.service.meetings.ObligationService;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterLoader;
import org.secretariat.charter.Procedure;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.CertificateState;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/** CERRA 第十三條: a withdrawal or expulsion ends with the certificate handed back, and the register follows the case. */
class CertificateReturnTest {

    private static final Messages ZH = Messages.forLanguage("zh");
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private static long memberWithCertificate(AppContext ctx, String name) {
        UnitDraft d = TestWorkspace.unit(name, "");
        var saved = ctx.roster().save(d);
        var issued = ctx.certificates().issue("member", List.of(saved.id()), ISSUED, false);
        assertTrue(issued.problems().isEmpty(), issued.problems().toString());
        return saved.id();
    }

    private static void step(AppContext ctx, long caseId, String stepId, LocalDate on, StepDecision d, CaseSteps.Vote vote) {
        List<Text> p = ctx.caseSteps().record(caseId, stepId, on, "秘书处", d, null, vote);
        assertTrue(p.isEmpty(), String.join("\n", p.stream().map(ZH::get).toList()));
    }

    private static CertificateRow certificateOf(AppContext ctx, long unitId) {
        return ctx.certificates().list().stream().filter(r -> r.unitId() == unitId).findFirst().orElseThrow();
    }

    private static List<ObligationService.Due> recalls(AppContext ctx) {
        return ctx.obligations().due().stream().filter(d -> d.what().key().equals("due.recall")).toList();
    }

    /** Walks a CERRA withdrawal to its end, the last step recorded with {@code returned}. */
    private static long withdraw(AppContext ctx, long unit, StepDecision returned) {
        long c = ctx.cases().open("withdrawal", unit, LocalDate.of(2026, 9, 1), List.of()).caseId();
        step(ctx, c, "presidium-vote", LocalDate.of(2026, 9, 18), null, new CaseSteps.Vote(17, 12, 12, 0, 0));
        step(ctx, c, "written-notice", LocalDate.of(2026, 9, 19), StepDecision.DONE, null);
        assertEquals(CertificateState.ISSUED, certificateOf(ctx, unit).state(), "not handed back yet");
        step(ctx, c, "return-certificate", LocalDate.of(2026, 9, 25), returned, null);
        assertTrue(ctx.caseSteps().confirmWithdrawal(c, LocalDate.of(2026, 9, 25)).isEmpty());
        assertEquals(MemberStatus.WITHDRAWN, ctx.roster().draft(unit).orElseThrow().status);
        return c;
    }

    @Test
    void aWithdrawalWalkedToTheEndMarksTheCertificateReturnedAndOffTheRecallList() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long unit = memberWithCertificate(ctx, "某農產品電商公司");
            long c = withdraw(ctx, unit, StepDecision.DONE);
            CertificateRow cert = certificateOf(ctx, unit);
            assertEquals(CertificateState.RETURNED, cert.state());
            assertTrue(cert.stateReason().contains("自願退出 #" + c) && cert.stateReason().contains("交回聯盟成員證書"),
                    cert.stateReason());
            assertEquals(List.of(), recalls(ctx));
            assertEquals(List.of(), ctx.certificates().toRecall());
            List<AuditEntry> history = ctx.database().fromTransaction(s -> ctx.audit().history(s, CertificateService.ENTITY, cert.id()));
            AuditEntry returned = history.stream().filter(e -> e.getAction().equals("RETURNED")).findFirst().orElseThrow();
            assertTrue(returned.getDetails().contains("自願退出 #" + c + " 某農產品電商公司"), returned.getDetails());
            assertEquals(CertificateService.Verification.Verdict.NOT_VALID,
                    ctx.certificates().verify(ctx.certificates().codeOf(cert.id())).verdict(), "a returned certificate no longer verifies");
        }
    }

    @Test
    void aCertificateReportedLostIsMarkedLostAndNotRecalled() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long unit = memberWithCertificate(ctx, "某鄉村電商服務站");
            withdraw(ctx, unit, StepDecision.LOST);
            assertEquals(CertificateState.LOST, certificateOf(ctx, unit).state());
            assertEquals(List.of(), recalls(ctx));
        }
    }

    @Test
    void anExpelledUnitThatKeptItsCertificateIsRecalledUnderArticleThirteen() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            long unit = memberWithCertificate(ctx, "某違規電商公司");
            long c = ctx.cases().open("expulsion", unit, LocalDate.of(2026, 10, 9), List.of()).caseId();
            step(ctx, c, "propose", LocalDate.of(2026, 10, 9), StepDecision.DONE, null);
            step(ctx, c, "presidium-vote", LocalDate.of(2026, 10, 20), null, new CaseSteps.Vote(17, 12, 12, 0, 0));
            step(ctx, c, "written-notice", LocalDate.of(2026, 10, 21), StepDecision.DONE, null);
            assertEquals(MemberStatus.EXPELLED, ctx.roster().draft(unit).orElseThrow().status);
            assertEquals(CaseStatus.OPEN, ctx.cases().load(c).status(), "the certificate has not come back");

            List<ObligationService.Due> recalls = recalls(ctx);
            assertEquals(1, recalls.size());
            assertEquals("第十三條", recalls.get(0).article(), "第十三條 asks for the certificate, not 第十二條");
            assertTrue(ZH.get(recalls.get(0).what()).contains("某違規電商公司"), ZH.get(recalls.get(0).what()));
        }
    }

    @Test
    void withoutAReturnStepTheRecallCitesTheProcedure() throws Exception {
        var p = new CharterLoader().load(Path.of("charters", "hengshui-tech.yaml"));
        Procedure withdrawal = p.procedures().stream().filter(x -> x.id().equals("withdrawal")).findFirst().orElseThrow();
        assertEquals(withdrawal.citation().article(), CertificateRecalls.recallArticle(p, "member", MemberStatus.WITHDRAWN));
    }

    @Test
    void aReturnStepNamingAnUndefinedCertificateIsRefused() throws Exception {
        String text = Files.readString(Path.of("charters", "cerra.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("returns_certificate: member", "returns_certificate: membership");
        CharterLoadException e = assertThrows(CharterLoadException.class, () -> new CharterLoader().load("bad.yaml", text));
        assertTrue(e.problems().stream().anyMatch(x -> x.message().key().equals("charter.error.unknownRef")
                && x.field().endsWith("returns_certificate")), e.problems().toString());
    }
}
