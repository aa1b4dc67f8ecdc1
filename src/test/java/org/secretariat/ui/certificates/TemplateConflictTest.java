package org.secretariat.ui.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.certificates.TemplateSettings;
import org.secretariat.ui.ImmediateTaskExecutor;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.UiContext;

/**
 * The certificate template editor against another PC's newer save (decision 0018): refused with her
 * name and time, her issuer shown, the title typed here kept, and the second save stores both.
 */
class TemplateConflictTest {

    private static final Clock WANG_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:05:00Z"), TestWorkspace.CLOCK.getZone());

    @TempDir
    Path dir;

    @Test
    void theEditorKeepsWhatWasTypedOverHerNewerTemplateAndSavesOnTheSecondTry() throws Exception {
        boolean pg = TestWorkspace.onPostgresql();
        try (AppContext app = TestWorkspace.setUp(pg ? TestWorkspace.openData(dir, TestWorkspace.CLOCK)
                     : AppContext.open(dir, Database.WINDOW, TestWorkspace.CLOCK), "xinxiang-cbec");
             AppContext otherPc = pg ? TestWorkspace.openData(dir, WANG_CLOCK) : AppContext.open(dir, "test", WANG_CLOCK);
             ImmediateTaskExecutor executor = new ImmediateTaskExecutor(new RecordingDialogs())) {
            otherPc.settings().set(Settings.OPERATOR, "王芳");
            TemplateModel model = new TemplateModel(new UiContext(app, Messages.forLanguage("zh"), new RecordingDialogs(), executor));
            String kind = model.kind.get().value();
            model.title.set("会员单位证书");

            TemplateSettings t = otherPc.certificateTemplates().settings(kind); // the defaults, as on this screen
            otherPc.certificateTemplates().save(new TemplateSettings(t.kindId(), t.paper(), t.landscape(), t.border(),
                    t.title(), t.body(), t.showHolderLine(), "新乡市跨境电商联盟秘书处", t.numberPattern(), t.orgCode(),
                    t.titleFont(), t.bodyFont(), t.titleSize(), t.bodySize(), t.logoPng(), t.sealPng(), t.version()));

            model.save();
            assertEquals("此记录已被 王芳 于 10:05 修改，请查看后再保存", model.messageProperty().get());
            assertEquals("新乡市跨境电商联盟秘书处", model.issuer.get(), "her issuer is shown");
            assertEquals("会员单位证书", model.title.get(), "the typed title is kept");
            assertEquals(t.title(), app.certificateTemplates().settings(kind).title(), "the refused save wrote nothing");

            model.save();
            TemplateSettings stored = otherPc.certificateTemplates().settings(kind);
            assertEquals("新乡市跨境电商联盟秘书处", stored.issuer());
            assertEquals("会员单位证书", stored.title());
            assertFalse(model.hasUnsavedChanges());
            model.body.set(stored.body() + "（副本）");
            model.save();
            assertEquals(stored.body() + "（副本）", otherPc.certificateTemplates().settings(kind).body(),
                    "the next save, at the version it got back, goes through");
        }
    }
}
