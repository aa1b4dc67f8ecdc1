package org.secretariat.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.CharterProfile;
import org.secretariat.domain.AuditEntry;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.TaskExecutor;
import org.secretariat.ui.UiContext;

/** Settings without the FX thread: the organisation's details checked as at setup, saved and audited. */
class SettingsViewModelTest {

    private static final Clock MARCH_2031 = Clock.fixed(Instant.parse("2031-03-15T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void organisationDetailsAreCheckedLikeSetupSavedOnceAndAuditedFieldByField() throws Exception {
        try (AppContext app = AppContext.open(dir, "test", MARCH_2031);
             TaskExecutor executor = new org.secretariat.ui.ImmediateTaskExecutor(new RecordingDialogs())) {
            CharterProfile profile = app.catalog().load("hengshui-tech");
            assertEquals(java.util.List.of(), app.setUp(profile, SetupService.defaultsFrom(profile)));
            SettingsViewModel model = new SettingsViewModel(new UiContext(app, Messages.forLanguage("zh"),
                    new RecordingDialogs(), executor));
            model.load();
            assertEquals(LocalDate.of(2031, 3, 15), model.today());
            assertEquals("衡水技工教育联盟", model.organisation("name").get());
            assertFalse(model.organisationChanged());
            assertFalse(model.settingsChanged());

            model.organisation("phone").set("12345");
            assertTrue(model.problemOf("phone").get().startsWith("「联系电话」填写有误"), model.problemOf("phone").get());
            assertTrue(model.problemOf("phone").get().contains("0318-2345678"));
            model.organisation("email").set("abc@");
            assertTrue(model.problemOf("email").get().startsWith("「电子邮箱」填写有误"));
            assertFalse(model.saveOrganisation());
            assertTrue(model.statusProperty().get().contains("「联系电话」"));
            assertTrue(model.organisationChanged());

            model.organisation("phone").set("０３１８－２３４５６７８");
            model.organisation("email").set("office@hstech.cn");
            model.organisation("name").set("衡水技工教育联盟（新）");
            assertEquals("", model.problemOf("phone").get());
            assertTrue(model.saveOrganisation());
            assertFalse(model.organisationChanged());
            assertEquals("0318-2345678", model.organisation("phone").get(), "full-width typed, half-width stored");
            assertEquals("衡水技工教育联盟（新）", app.setupService().organisation().orElseThrow().getName());

            AuditEntry last = app.setupService().history().get(0);
            assertEquals("UPDATE", last.getAction());
            assertEquals(1, model.history.size() - 1, "setup, then one change");
            assertTrue(model.history.get(0).contains("组织名称：衡水技工教育联盟 → 衡水技工教育联盟（新）"), model.history.get(0));
            assertTrue(model.history.get(0).contains("联系电话：— → 0318-2345678"), model.history.get(0));

            model.operator.set("张三");
            assertTrue(model.settingsChanged());
            model.discard();
            assertFalse(model.settingsChanged());
            assertTrue(model.saveOrganisation(), "unchanged details are not saved again");
            assertEquals("组织信息没有改动", model.statusProperty().get());
            assertEquals(2, app.setupService().history().size());
        }
    }

    @Test
    void setupRefusesTheSameBadPhoneAndEmail() throws Exception {
        try (AppContext app = AppContext.open(dir, "test", MARCH_2031)) {
            CharterProfile profile = app.catalog().load("hengshui-tech");
            SetupService.Details d = SetupService.defaultsFrom(profile);
            var bad = new SetupService.Details(d.name(), d.shortName(), "", d.secretariatSeat(), d.address(), "", "12345", "abc@");
            var problems = app.setUp(profile, bad);
            assertEquals(java.util.List.of("setup.error.phone", "setup.error.email"), problems.stream().map(t -> t.key()).toList());
            assertFalse(app.isSetUp());
        }
    }
}
