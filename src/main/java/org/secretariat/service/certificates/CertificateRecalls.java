package org.secretariat.service.certificates;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.CaseStep;
import org.secretariat.domain.Certificate;
import org.secretariat.domain.CertificateState;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.StepDecision;
import org.secretariat.service.AuditTrail;

/** Certificates taken back when a unit leaves: by a case's step, and the article a recall cites. */
public final class CertificateRecalls {

    private CertificateRecalls() {
    }

    /**
     * Called in a case step's transaction: a step that takes back a certificate kind
     * ({@code returns_certificate}, CERRA 第十三條) marks the unit's issued certificates of that kind
     * RETURNED, or LOST when the step was recorded so, each with an audit entry naming the case.
     * Returns how many it marked.
     */
    public static int returnedByCase(Session s, AuditTrail audit, Procedure proc, MemberCase c, CaseStep step) {
        Optional<String> kind = proc.steps().stream().filter(x -> x.id().equals(step.getStepId())).findFirst()
                .map(Procedure.Step::returnsCertificate);
        if (kind.isEmpty() || !step.isDone() || step.getDecision() == StepDecision.REJECTED) {
            return 0;
        }
        CertificateState state = step.getDecision() == StepDecision.LOST ? CertificateState.LOST : CertificateState.RETURNED;
        String caseName = proc.name() + " #" + c.getId();
        List<Certificate> held = s.createSelectionQuery("from Certificate c where c.kindId = :k and c.unitId = :u "
                        + "and c.state = :st order by c.id", Certificate.class)
                .setParameter("k", kind.get()).setParameter("u", c.getUnitId()).setParameter("st", CertificateState.ISSUED)
                .getResultList();
        for (Certificate cert : held) {
            cert.setState(state, step.getDoneOn(), caseName + "：" + step.getName());
            audit.record(s, AuditAction.valueOf(state.name()), CertificateService.ENTITY, cert.getId(), cert.getNumber(),
                    "state" + AuditTrail.SEP + CertificateState.ISSUED.name() + AuditTrail.SEP + state.name() + "\n"
                    + "case" + AuditTrail.SEP + "" + AuditTrail.SEP + caseName + " " + c.getUnitName() + "\n");
        }
        return held.size();
    }

    /**
     * The article a recall cites for a kind held by a unit that has left: the profile's step that
     * takes the kind back (CERRA 第十三條), preferring the procedure the unit left by; else that
     * procedure's own article.
     */
    public static String recallArticle(CharterProfile p, String kindId, MemberStatus status) {
        ProcedureKind left = status == MemberStatus.EXPELLED ? ProcedureKind.EXPULSION : ProcedureKind.WITHDRAWAL;
        List<Procedure> leaving = p.procedures().stream()
                .filter(x -> x.kind() == ProcedureKind.WITHDRAWAL || x.kind() == ProcedureKind.EXPULSION)
                .sorted(java.util.Comparator.comparing(x -> x.kind() == left ? 0 : 1)).toList();
        for (Procedure proc : leaving) {
            for (Procedure.Step st : proc.steps()) {
                if (kindId.equals(st.returnsCertificate())) {
                    return (st.citation() != null ? st.citation() : proc.citation()).article();
                }
            }
        }
        return leaving.isEmpty() ? "—" : leaving.get(0).citation().article();
    }

}
