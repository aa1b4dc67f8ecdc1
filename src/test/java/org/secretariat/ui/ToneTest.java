package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.secretariat.domain.CertificateState;
import org.secretariat.domain.Verdict;
import org.secretariat.service.certificates.CertificateService.Verification;

/** Verdicts look like what they mean, and every tone has its colour in the one stylesheet. */
class ToneTest {

    @Test
    void aFailedVoteNeverLooksPassedNorAForgedCertificateGenuine() {
        assertEquals(Tone.PASSED, Tone.of(Verdict.PASSED));
        assertEquals(Tone.FAILED, Tone.of(Verdict.FAILED));
        assertEquals(Tone.GENUINE, Tone.of(Verification.Verdict.VALID));
        assertEquals(Tone.FORGED, Tone.of(Verification.Verdict.FORGED));
        assertEquals(Tone.FORGED, Tone.of(Verification.Verdict.UNKNOWN), "a number not in the register may be forged");
        assertEquals(Tone.EXPIRED, Tone.of(Verification.Verdict.EXPIRED));
        assertEquals(Tone.REVOKED, Tone.of(Verification.Verdict.NOT_VALID));
        assertEquals(Tone.GENUINE, Tone.of(CertificateState.ISSUED));
        for (CertificateState s : CertificateState.values()) {
            if (s != CertificateState.ISSUED) {
                assertEquals(Tone.REVOKED, Tone.of(s), s.name());
            }
        }
        assertEquals(Tone.NONE, Tone.of((Verdict) null));
    }

    @Test
    void aRefusedCaseNeverLooksApprovedAndAnOpenOneLooksUndecided() throws Exception {
        assertEquals(Tone.PASSED, Tone.of(org.secretariat.domain.CaseStatus.COMPLETED));
        assertEquals(Tone.FAILED, Tone.of(org.secretariat.domain.CaseStatus.REFUSED));
        assertEquals(Tone.PENDING, Tone.of(org.secretariat.domain.CaseStatus.OPEN));
        assertEquals(Tone.REVOKED, Tone.of(org.secretariat.domain.CaseStatus.CANCELLED));
        assertEquals(Tone.PASSED, Tone.of(org.secretariat.domain.StepDecision.APPROVED));
        assertEquals(Tone.PASSED, Tone.of(org.secretariat.domain.StepDecision.DONE));
        assertEquals(Tone.FAILED, Tone.of(org.secretariat.domain.StepDecision.REJECTED));
        assertEquals(Tone.EXPIRED, Tone.of(org.secretariat.domain.StepDecision.LOST));
        assertEquals(Tone.NONE, Tone.of((org.secretariat.domain.StepDecision) null));
        String css = Files.readString(Path.of("src/main/resources/org/secretariat/ui/secretariat.css"));
        assertNotEquals(fill(css, Tone.PENDING), fill(css, Tone.PASSED));
        assertNotEquals(fill(css, Tone.PENDING), fill(css, Tone.FAILED));
    }

    @Test
    void everyToneHasItsOwnColourInTheStylesheet() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/org/secretariat/ui/secretariat.css"));
        for (Tone t : Tone.values()) {
            if (t != Tone.NONE) {
                assertNotNull(fill(css, t), t + " has no colour");
            }
        }
        assertNotEquals(fill(css, Tone.PASSED), fill(css, Tone.FAILED));
        assertNotEquals(fill(css, Tone.GENUINE), fill(css, Tone.FORGED));
        assertNotEquals(fill(css, Tone.GENUINE), fill(css, Tone.EXPIRED));
    }

    private static String fill(String css, Tone tone) {
        Matcher m = Pattern.compile("\\." + tone.styleClass() + "\\b[^{]*\\{[^}]*-fx-text-fill:\\s*(#[0-9a-fA-F]+)").matcher(css);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void applyingAToneTakesAwayTheOldOne() {
        Region node = new Region();
        node.getStyleClass().add("verdict");
        Tone.PASSED.apply(node);
        Tone.FAILED.apply(node);
        assertEquals(java.util.List.of("verdict", "tone-failed"), node.getStyleClass());
        Tone.NONE.apply(node);
        assertEquals(java.util.List.of("verdict"), node.getStyleClass());
    }
}
