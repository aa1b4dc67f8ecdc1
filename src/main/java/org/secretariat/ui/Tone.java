package org.secretariat.ui;

import java.util.Arrays;
import javafx.beans.value.ObservableValue;
import javafx.css.Styleable;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.CertificateState;
import org.secretariat.domain.StepDecision;
import org.secretariat.domain.Verdict;
import org.secretariat.service.certificates.CertificateService;

/**
 * What a verdict means to the eye, as one style class each in secretariat.css: a failed vote never
 * looks like a passed one, a forged certificate never like a genuine one. View models hold a tone;
 * views show it with {@link #bind} or {@link #apply}. Needs nothing from the scene graph.
 */
public enum Tone {
    NONE(null),
    PASSED("tone-passed"),
    FAILED("tone-failed"),
    GENUINE("tone-genuine"),
    FORGED("tone-forged"),
    EXPIRED("tone-expired"),
    REVOKED("tone-revoked"),
    UNKNOWN("tone-unknown"),
    /** Not decided yet: an open case. */
    PENDING("tone-pending");

    private final String styleClass;

    Tone(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The style class, or null for no tone. */
    public String styleClass() {
        return styleClass;
    }

    public static Tone of(Verdict verdict) {
        if (verdict == null) {
            return NONE;
        }
        return verdict == Verdict.PASSED ? PASSED : FAILED;
    }

    public static Tone of(CertificateService.Verification.Verdict verdict) {
        if (verdict == null) {
            return NONE;
        }
        return switch (verdict) {
            case VALID -> GENUINE;
            case EXPIRED -> EXPIRED;
            case NOT_VALID, HOLDER_LEFT -> REVOKED;
            case FORGED, UNKNOWN -> FORGED;
            case MALFORMED -> UNKNOWN;
        };
    }

    public static Tone of(CertificateState state) {
        if (state == null) {
            return NONE;
        }
        return state == CertificateState.ISSUED ? GENUINE : REVOKED;
    }

    /** A case: completed as approved, refused, still open, or withdrawn. */
    public static Tone of(CaseStatus status) {
        if (status == null) {
            return NONE;
        }
        return switch (status) {
            case OPEN -> PENDING;
            case COMPLETED -> PASSED;
            case REFUSED -> FAILED;
            case CANCELLED -> REVOKED;
        };
    }

    /** A step of a case: approved or done, rejected, done with the certificate lost; none yet. */
    public static Tone of(StepDecision decision) {
        if (decision == null) {
            return NONE;
        }
        return switch (decision) {
            case DONE, APPROVED -> PASSED;
            case REJECTED -> FAILED;
            case LOST -> EXPIRED;
        };
    }

    /** Gives {@code node} this tone's style class and takes away any other tone's. */
    public void apply(Styleable node) {
        node.getStyleClass().removeAll(Arrays.stream(values()).map(Tone::styleClass)
                .filter(c -> c != null).toList());
        if (styleClass != null) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** Keeps {@code node}'s tone in step with {@code tone}. */
    public static void bind(Styleable node, ObservableValue<Tone> tone) {
        apply(node, tone.getValue());
        tone.addListener((o, was, now) -> apply(node, now));
    }

    private static void apply(Styleable node, Tone tone) {
        (tone == null ? NONE : tone).apply(node);
    }
}
