package org.secretariat.ui.certificates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secretariat.charter.CertificateKind;
import org.secretariat.document.CertificateDesign;
import org.secretariat.service.certificates.CertificateTemplates;
import org.secretariat.service.certificates.TemplateSettings;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.UserMessages;
import org.secretariat.service.EditConflict;

/** The template editor: every setting of a certificate kind's design, and a design to preview live. */
public final class TemplateModel {

    private final UiContext ui;
    final List<Choice<String>> kinds = new ArrayList<>();
    final ObjectProperty<Choice<String>> kind = new SimpleObjectProperty<>();
    final ObjectProperty<String> paper = new SimpleObjectProperty<>("A4");
    final BooleanProperty landscape = new SimpleBooleanProperty(true);
    final ObjectProperty<String> border = new SimpleObjectProperty<>("CLASSIC");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty body = new SimpleStringProperty("");
    final BooleanProperty holderLine = new SimpleBooleanProperty(true);
    final StringProperty issuer = new SimpleStringProperty("");
    final StringProperty pattern = new SimpleStringProperty("");
    final StringProperty orgCode = new SimpleStringProperty("");
    final StringProperty titleFont = new SimpleStringProperty("");
    final StringProperty bodyFont = new SimpleStringProperty("");
    final StringProperty titleSize = new SimpleStringProperty("42");
    final StringProperty bodySize = new SimpleStringProperty("22");
    final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    final ObjectProperty<byte[]> seal = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CertificateDesign> design = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean loading;
    /** The kind's template as stored, and the form's content when it was shown or saved. */
    private TemplateSettings stored;
    private String storedForm;

    public TemplateModel(UiContext ui) {
        this.ui = ui;
        for (CertificateKind k : ui.app().certificates().kinds()) {
            kinds.add(new Choice<>(k.id(), k.name()));
        }
        kind.addListener((o, a, k) -> load());
        Observable[] inputs = {paper, landscape, border, title, body, holderLine, issuer, pattern, orgCode, titleFont,
            bodyFont, titleSize, bodySize, logo, seal};
        for (Observable in : inputs) {
            in.addListener(x -> refreshPreview());
        }
        if (!kinds.isEmpty()) {
            kind.set(kinds.get(0));
        }
    }

    private void load() {
        if (kind.get() == null) {
            return;
        }
        String id = kind.get().value();
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.template"),
                p -> ui.app().certificateTemplates().settings(id)).onSuccess(this::show));
    }

    private void show(TemplateSettings t) {
        loading = true;
        paper.set(t.paper());
        landscape.set(t.landscape());
        border.set(t.border());
        title.set(t.title());
        body.set(t.body());
        holderLine.set(t.showHolderLine());
        issuer.set(t.issuer());
        pattern.set(t.numberPattern());
        orgCode.set(t.orgCode());
        titleFont.set(t.titleFont() == null ? "" : t.titleFont());
        bodyFont.set(t.bodyFont() == null ? "" : t.bodyFont());
        titleSize.set(trim(t.titleSize()));
        bodySize.set(trim(t.bodySize()));
        logo.set(t.logoPng());
        seal.set(t.sealPng());
        loading = false;
        stored = t;
        storedForm = form();
        message.set("");
        refreshPreview();
    }

    /** Every field as shown (pictures by content), to tell typed changes from the stored template. */
    private String form() {
        return java.util.Arrays.asList(kind.get() == null ? null : kind.get().value(), paper.get(), landscape.get(),
                border.get(), title.get(), body.get(), holderLine.get(), issuer.get(), pattern.get(), orgCode.get(),
                titleFont.get(), bodyFont.get(), titleSize.get(), bodySize.get(), java.util.Arrays.hashCode(logo.get()),
                java.util.Arrays.hashCode(seal.get())).toString();
    }

    /** True while the form differs from the template as stored. */
    public boolean hasUnsavedChanges() {
        return storedForm != null && !form().equals(storedForm);
    }

    /** 「证书模板“会员证书”的修改」 */
    public String describeUnsaved() {
        return ui.text("certificate.template.unsaved", kind.get() == null ? "" : kind.get().label());
    }

    /** Saves if the template may be saved; otherwise shows why and returns false (the user stays). */
    public boolean saveUnsaved() {
        List<org.secretariat.i18n.Text> problems = CertificateTemplates.check(settings());
        if (!problems.isEmpty()) {
            message.set(String.join("\n", problems.stream().map(x -> ui.messages().get(x)).toList()));
            return false;
        }
        save();
        return true;
    }

    /** Back to the template as stored. */
    public void discardUnsaved() {
        if (stored != null) {
            show(stored);
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    TemplateSettings settings() {
        return new TemplateSettings(kind.get().value(), paper.get(), landscape.get(), border.get(), title.get(), body.get(),
                holderLine.get(), issuer.get(), pattern.get(), orgCode.get(), blank(titleFont.get()), blank(bodyFont.get()),
                number(titleSize.get(), 42), number(bodySize.get(), 22), logo.get(), seal.get(),
                stored == null ? null : stored.version());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static double number(String s, double fallback) {
        try {
            double v = Double.parseDouble(s.strip());
            return v >= 6 && v <= 120 ? v : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** Rebuilds the preview design from the settings on screen (cheap: no disk, no database). */
    void refreshPreview() {
        if (loading || kind.get() == null) {
            return;
        }
        CertificateKind k = ui.app().certificates().kinds().stream().filter(x -> x.id().equals(kind.get().value()))
                .findFirst().orElseThrow();
        String attests = k.isPersonal() ? ui.app().charter().flatMap(c -> c.office(k.office())).map(o -> o.name()).orElse("")
                : ui.app().charter().map(c -> c.tiers().stream().filter(t -> k.id().equals(t.certificate()))
                .map(t -> t.name()).findFirst().orElse(c.entryTier().name())).orElse("");
        design.set(ui.app().certificateOutput().preview(settings(), ui.text("certificate.sample.unit"),
                k.isPersonal() ? ui.text("certificate.sample.person") : null, attests));
    }

    public void save() {
        TemplateSettings t = settings();
        String form = form();
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.template"),
                p -> {
                    List<org.secretariat.i18n.Text> refused = ui.app().certificateTemplates().save(t);
                    return new Saved(refused, refused.isEmpty() ? ui.app().certificateTemplates().settings(t.kindId()) : null);
                }).onSuccess(saved -> {
                    List<org.secretariat.i18n.Text> problems = saved.problems();
                    if (problems.isEmpty()) {
                        stored = saved.now(); // at its new version, for the next save
                        storedForm = form;
                    }
                    message.set(problems.isEmpty() ? ui.text("certificate.template.saved")
                            : String.join("\n", problems.stream().map(x -> ui.messages().get(x)).toList()));
                }).onFailure(error -> {
                    if (!(error instanceof EditConflict)) {
                        ui.dialogs().showError(ui.text("certificate.task.template"), error);
                        return;
                    }
                    message.set(UserMessages.describe(error, ui.messages()));
                    reloadKeepingTyped(t, stored);
                }));
    }

    /** A save's refusals, or the template as it now stands. */
    private record Saved(List<org.secretariat.i18n.Text> problems, TemplateSettings now) {
    }

    /**
     * After another PC saved the template first: the stored template, with the fields changed here
     * (those differing from what was loaded) laid over it, at the stored version (decision 0018).
     */
    private void reloadKeepingTyped(TemplateSettings typed, TemplateSettings base) {
        String id = typed.kindId();
        String said = message.get();
        ui.executor().execute(BackgroundTask.of(ui.text("certificate.task.template"),
                p -> ui.app().certificateTemplates().settings(id)).onSuccess(fresh -> {
                    show(fresh);
                    if (base != null) {
                        keep(paper, typed.paper(), base.paper());
                        keep(landscape, typed.landscape(), base.landscape());
                        keep(border, typed.border(), base.border());
                        keep(title, typed.title(), base.title());
                        keep(body, typed.body(), base.body());
                        keep(holderLine, typed.showHolderLine(), base.showHolderLine());
                        keep(issuer, typed.issuer(), base.issuer());
                        keep(pattern, typed.numberPattern(), base.numberPattern());
                        keep(orgCode, typed.orgCode(), base.orgCode());
                        keep(titleFont, typed.titleFont() == null ? "" : typed.titleFont(), base.titleFont() == null ? "" : base.titleFont());
                        keep(bodyFont, typed.bodyFont() == null ? "" : typed.bodyFont(), base.bodyFont() == null ? "" : base.bodyFont());
                        keep(titleSize, trim(typed.titleSize()), trim(base.titleSize()));
                        keep(bodySize, trim(typed.bodySize()), trim(base.bodySize()));
                        if (!java.util.Arrays.equals(typed.logoPng(), base.logoPng())) {
                            logo.set(typed.logoPng());
                        }
                        if (!java.util.Arrays.equals(typed.sealPng(), base.sealPng())) {
                            seal.set(typed.sealPng());
                        }
                    }
                    message.set(said);
                }));
    }

    private static <V> void keep(javafx.beans.property.Property<V> field, V typed, V base) {
        if (!java.util.Objects.equals(typed, base)) {
            field.setValue(typed);
        }
    }

    public ReadOnlyObjectProperty<CertificateDesign> designProperty() {
        return design.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    Path fontPath(String s) {
        return blank(s) == null ? null : Path.of(s.strip());
    }
}
