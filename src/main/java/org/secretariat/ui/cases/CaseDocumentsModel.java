package org.secretariat.ui.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Procedure;
import org.secretariat.document.Doc;
import org.secretariat.domain.CaseStatus;
import org.secretariat.service.cases.CaseView;
import org.secretariat.service.certificates.CertificateRow;
import org.secretariat.service.cases.ExitReason;
import org.secretariat.service.cases.LetterDocuments;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.UiContext;

/**
 * A case's papers: the charter's application form pre-filled from the unit, the approval notice or
 * the withdrawal/termination notice (listing the certificates to hand back), and the e-mail draft to
 * the applicant's head where the charter asks for one (CCEAA 第十条).
 */
final class CaseDocumentsModel {

    private final UiContext ui;

    CaseDocumentsModel(UiContext ui) {
        this.ui = ui;
    }

    private Optional<Procedure> procedure(CaseView c) {
        return ui.app().charter().flatMap(p -> p.procedure(c.procedureId()));
    }

    boolean hasEmailStep(CaseView c) {
        return procedure(c).map(p -> p.steps().stream().anyMatch(s -> "email".equals(s.notifyBy()))).orElse(false);
    }

    /** The form named in the procedure's steps, else the charter's first form. */
    private Optional<String> formId(CaseView c) {
        CharterProfile profile = ui.app().charter().orElseThrow();
        return procedure(c).flatMap(p -> p.steps().stream().map(Procedure.Step::form).filter(f -> f != null).findFirst())
                .or(() -> profile.forms().stream().map(f -> f.id()).findFirst());
    }

    void applicationForm(CaseView c) {
        Optional<String> form = formId(c);
        save(c.unitName() + "-" + ui.text("case.doc.form.suffix"), () -> {
            UnitDraft unit = c.unitId() == null ? null : ui.app().roster().draft(c.unitId()).orElse(null);
            return ui.app().letters().applicationForm(form.orElse("application"), unit);
        });
    }

    /** The blank form of a procedure, to hand to an applicant. */
    void blankForm(String procedureId) {
        CharterProfile profile = ui.app().charter().orElseThrow();
        Optional<String> form = profile.procedure(procedureId).flatMap(p -> p.steps().stream().map(Procedure.Step::form)
                .filter(f -> f != null).findFirst()).or(() -> profile.forms().stream().map(f -> f.id()).findFirst());
        String name = profile.forms().stream().filter(f -> form.isPresent() && f.id().equals(form.get())).map(f -> f.name())
                .findFirst().orElse(ui.text("case.doc.form.suffix")).replace("《", "").replace("》", "");
        save(name, () -> ui.app().letters().applicationForm(form.orElse("application"), null));
    }

    void notice(CaseView c) {
        LetterDocuments letters = ui.app().letters();
        boolean exit = "WITHDRAWAL".equals(c.kind()) || "EXPULSION".equals(c.kind());
        if (!exit && c.status() != CaseStatus.COMPLETED && c.outcome() == null) {
            ui.dialogs().showInfo(ui.text("case.doc.notice"), ui.text("case.doc.notDecided"));
            return;
        }
        save(c.unitName() + "-" + ui.text(exit ? "case.doc.exit.suffix" : "case.doc.approval.suffix"), () -> {
            CaseView.Step decisive = c.steps().stream().filter(s -> s.decision() != null && s.decision().name().equals("APPROVED"))
                    .reduce((a, b) -> b).orElse(null);
            LocalDate on = decisive != null ? decisive.doneOn() : ui.today();
            String by = decisive != null && decisive.doneBy() != null ? decisive.doneBy() : ui.text("case.actor.secretariat");
            if (exit) {
                List<String> numbers = ui.app().certificates().list().stream()
                        .filter(r -> r.unitId() != null && r.unitId().equals(c.unitId()) && r.state().isValid())
                        .map(CertificateRow::number).toList();
                LocalDate effective = c.effectiveOn() != null ? c.effectiveOn() : on;
                String note = c.effectiveOn() != null && c.effectiveNote() != null ? ui.messages().get(c.effectiveNote()) : null;
                return letters.exitNotice(c.unitName(), "EXPULSION".equals(c.kind()), ExitReason.of(c), effective, c.article(),
                        numbers, note);
            }
            String tier = c.targetTierName() != null ? c.targetTierName()
                    : ui.app().charter().map(p -> p.entryTier().name()).orElse("");
            return letters.approvalNotice(c.unitName(), tier, on, by, c.article());
        });
    }

    void email(CaseView c) {
        ui.executor().execute(BackgroundTask.of(ui.text("case.doc.email"), p -> {
            UnitDraft unit = ui.app().roster().draft(c.unitId()).orElseThrow();
            String head = unit.legalRepresentative == null || unit.legalRepresentative.isBlank() ? "负责人" : unit.legalRepresentative;
            LocalDate on = c.steps().stream().filter(s -> s.doneOn() != null).map(CaseView.Step::doneOn).reduce((a, b) -> b)
                    .orElse(ui.today());
            return ui.app().letters().admissionEmail(c.unitName(), head, unit.email, on, c.article());
        }).onSuccess(mail -> ui.dialogs().showInfo(ui.text("case.doc.email"),
                ui.text("case.doc.emailText", mail.to() == null ? "" : mail.to(), mail.subject(), mail.body()))));
    }

    private void save(String name, java.util.concurrent.Callable<Doc> build) {
        ui.dialogs().chooseSaveFile(ui.text("meeting.doc.choose"), name + ".docx", ui.text("meeting.doc.fileTypes"),
                "*.docx", "*.pdf").ifPresent(chosen -> {
                    String n = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
                    Path target = n.endsWith(".pdf") || n.endsWith(".docx") ? chosen
                            : chosen.resolveSibling(chosen.getFileName() + ".docx");
                    ui.executor().execute(BackgroundTask.of(ui.text("meeting.doc.writing", target.getFileName()), p -> {
                        ui.app().meetingDocuments().write(build.call(), target);
                        return target;
                    }).onSuccess(t -> ui.dialogs().showInfo(ui.text("meeting.doc.choose"), ui.text("meeting.doc.done", t))));
                });
    }
}
