package org.secretariat.service.certificates;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/** A certificate template with a field longer than its column is refused by name, and nothing is saved. */
class TemplateLengthTest {

    @TempDir
    Path dir;

    @Test
    void anOverlongTitleBodyOrIssuerIsRefusedWithTheFieldAndTheLimit() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            TemplateSettings t = ctx.certificateTemplates().settings("member");
            TemplateSettings tooLong = new TemplateSettings(t.kindId(), t.paper(), t.landscape(), t.border(),
                    "证".repeat(101), "兹有".repeat(501), t.showHolderLine(), "联盟".repeat(101), t.numberPattern(), t.orgCode(),
                    t.titleFont(), t.bodyFont(), t.titleSize(), t.bodySize(), t.logoPng(), t.sealPng());
            List<Text> problems = ctx.certificateTemplates().save(tooLong);
            Messages zh = Messages.forLanguage("zh");
            List<String> said = problems.stream().map(zh::get).toList();
            assertEquals(List.of("标题太长：最多 100 个字符，现在 101 个", "正文太长：最多 1000 个字符，现在 1002 个",
                    "颁发单位太长：最多 200 个字符，现在 202 个"), said);
            assertEquals(t.title(), ctx.certificateTemplates().settings("member").title(), "nothing saved");
            assertTrue(CertificateTemplates.check(t).isEmpty(), "the default template passes");
        }
    }
}
