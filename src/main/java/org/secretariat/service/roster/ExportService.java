package org.secretariat.service.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.exchange.RosterField;
import org.secretariat.exchange.RosterWorkbook;

/** Exports the roster (whole or as filtered on screen) and the blank import template as .xlsx. */
public final class ExportService {

    private final Supplier<CharterProfile> charter;
    private final RosterWorkbook workbook = new RosterWorkbook();

    public ExportService(Supplier<CharterProfile> charter) {
        this.charter = charter;
    }

    public void exportRoster(Path target, List<UnitRow> units) throws IOException {
        List<List<String>> rows = new ArrayList<>(units.size());
        for (UnitRow u : units) {
            List<String> cells = new ArrayList<>();
            for (RosterField f : RosterWorkbook.COLUMNS) {
                cells.add(cell(u, f));
            }
            rows.add(cells);
        }
        workbook.writeRoster(target, "会员名单", rows);
    }

    private static String cell(UnitRow u, RosterField f) {
        return switch (f) {
            case NAME -> u.name();
            case CREDIT_CODE -> Objects.toString(u.creditCode(), "");
            case UNIT_TYPE -> u.unitType().chineseName();
            case TIER -> u.tierName();
            case LEGAL_REPRESENTATIVE -> Objects.toString(u.legalRepresentative(), "");
            case ADDRESS -> Objects.toString(u.address(), "");
            case CONTACT_NAME -> Objects.toString(u.contactName(), "");
            case PHONE -> Objects.toString(u.phone(), "");
            case EMAIL -> Objects.toString(u.email(), "");
            case JOIN_DATE -> u.joinDateText();
            case REMARKS -> Objects.toString(u.remarks(), "");
            case STATUS -> u.status().chineseName();
        };
    }

    public void writeTemplate(Path target) throws IOException {
        CharterProfile profile = charter.get();
        List<String> tiers = profile == null ? List.of() : profile.tiers().stream().map(Tier::name).toList();
        RosterWorkbook.Choices choices = new RosterWorkbook.Choices(
                Arrays.stream(UnitType.values()).map(UnitType::chineseName).toList(), tiers,
                Arrays.stream(MemberStatus.values()).map(MemberStatus::chineseName).toList());
        List<String> help = List.of(
                "会员名单导入模板" + (profile == null ? "" : "（" + profile.organisation().name() + "）"),
                "1. 每行一个会员单位，「单位名称」必填，其余可空。",
                "2. 统一社会信用代码为 18 位（GB 32100），程序会核对校验位。",
                "3. 单位类型：" + String.join("、", choices.unitTypes()) + "。",
                "4. 会员级别：" + (tiers.isEmpty() ? "按章程" : String.join("、", tiers)) + "；留空为"
                        + (tiers.isEmpty() ? "最低一级" : tiers.get(0)) + "。",
                "5. 入会日期可写 2023-05-01、2023/5/1 或 2023年5月1日。",
                "6. 状态：" + String.join("、", choices.statuses()) + "；留空为「会员」。",
                "7. 导入前程序会逐行检查，任何一行有错都不会写入，请按提示的行号和列改正后再导入。");
        workbook.writeTemplate(target, choices, help);
    }
}
