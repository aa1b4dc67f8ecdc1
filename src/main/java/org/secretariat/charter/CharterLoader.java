package org.secretariat.charter;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.secretariat.charter.CharterProfile.Fees;
import org.secretariat.charter.CharterProfile.Inactivity;
import org.secretariat.charter.CharterProfile.Membership;
import org.secretariat.charter.CharterProfile.Named;
import org.secretariat.charter.CharterProfile.Organisation;
import org.secretariat.i18n.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a charter profile from YAML and refuses it, with FILE:LINE:COLUMN and the field, if
 * anything is wrong: an unknown key, a fraction outside (0, 1], a threshold without its base,
 * a rule without its article, a reference to an id that is not defined.
 */
public final class CharterLoader {

    /** Profiles are small; a larger file is not a charter. */
    private static final int MAX_CHARS = 1_000_000;
    public static final int SCHEMA = 1;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 40;

    private final boolean complete;

    /** Loads a profile to use: an older user profile that lacks a rule added since still opens. */
    public CharterLoader() {
        this(false);
    }

    private CharterLoader(boolean complete) {
        this.complete = complete;
    }

    /**
     * Loads a profile to check it ({@code charters check}, the charter editor): also refuses what a
     * profile written before the rule existed may lack — an office without {@code elected_by} or
     * {@code appointed_by} (issue 19). The built-in profiles pass both.
     */
    public static CharterLoader checking() {
        return new CharterLoader(true);
    }

    public CharterProfile load(Path path) throws CharterLoadException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw single(name, Text.of("charter.error.folder"));
        }
        try {
            if (Files.size(path) > MAX_CHARS * 4L) {
                throw single(name, Text.of("charter.error.tooLarge"));
            }
            return load(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException e) { // saved as GBK by Notepad or WPS
            throw single(name, Text.of("charter.error.notUtf8"));
        } catch (IOException e) {
            throw single(name, Text.of("charter.error.io", e.getMessage()));
        }
    }

    public CharterProfile load(String fileName, String text) throws CharterLoadException {
        if (text.length() > MAX_CHARS) {
            throw single(fileName, Text.of("charter.error.tooLarge"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        YamlMap.Problems problems = new YamlMap.Problems(fileName);
        Node root;
        try (Reader reader = new ShortReads(new StringReader(text))) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by YamlMap with the line
            options.setMaxAliasesForCollections(MAX_ALIASES); // a billion-laughs bomb stops here
            options.setNestingDepthLimit(MAX_DEPTH);
            options.setCodePointLimit(MAX_CHARS);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            problems.add(e.getProblemMark(), "", Text.of("charter.error.yaml", e.getProblem()));
            throw new CharterLoadException(problems.list);
        } catch (YAMLException | IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.startsWith("Number of aliases")) {
                throw single(fileName, Text.of("charter.error.aliases", MAX_ALIASES));
            }
            if (m.startsWith("Nesting Depth exceeded")) {
                throw single(fileName, Text.of("charter.error.nesting", MAX_DEPTH));
            }
            throw single(fileName, Text.of("charter.error.yaml", m));
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(root, "", Text.of("charter.error.empty"));
            throw new CharterLoadException(problems.list);
        }
        CharterProfile profile = read(new YamlMap(mapping, "", problems), fileName);
        if (!problems.list.isEmpty() || profile == null) {
            List<CharterProblem> sorted = new ArrayList<>(problems.list);
            sorted.sort(Comparator.comparingInt(CharterProblem::line).thenComparingInt(CharterProblem::column));
            throw new CharterLoadException(sorted);
        }
        return profile;
    }

    /**
     * Gives SnakeYAML one character less than it asks for. SnakeYAML 2.3 fills its 1024-character
     * buffer and, when the last character is the first half of a surrogate pair (a CJK Extension B
     * character such as 𠀀), reads one more past the buffer's end: an IndexOutOfBoundsException
     * instead of a loaded profile, found by fuzzing.
     */
    private static final class ShortReads extends FilterReader {
        ShortReads(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return super.read(buffer, offset, length > 1 ? length - 1 : length);
        }
    }

    private static CharterLoadException single(String file, Text message) {
        return new CharterLoadException(List.of(new CharterProblem(file, 1, 1, "", message)));
    }

    private CharterProfile read(YamlMap root, String fileName) {
        ProfileReader r = new ProfileReader(root.problems(), complete);
        Integer schema = root.integer("schema", true, 1);
        if (schema != null && schema != SCHEMA) {
            r.problems().add(root.at("schema"), "schema", Text.of("charter.error.schema", schema));
        }
        String id = root.text("id", true);
        if (id != null && !id.matches("[a-z0-9][a-z0-9_-]*")) {
            r.problems().add(root.at("id"), "id", Text.of("charter.error.badId", id));
        }
        String source = root.text("source", false);
        YamlMap orgMap = root.map("organisation", true);
        Organisation org = orgMap == null ? null : organisation(r, orgMap);
        YamlMap defaults = root.map("defaults", true);
        Threshold defQuorum = null;
        Threshold defResolution = null;
        if (defaults != null) {
            YamlMap q = defaults.map("quorum", true);
            YamlMap res = defaults.map("resolution", true);
            defQuorum = q == null ? null : r.threshold(q, true);
            defResolution = res == null ? null : r.threshold(res, true);
            defaults.finish();
        }
        YamlMap memMap = root.map("membership", false);
        Membership membership = memMap == null ? Membership.OPEN : membership(r, memMap);
        List<Body> bodies = new BodyReader(r).bodies(root);
        List<Tier> tiers = new ArrayList<>();
        List<YamlMap> tierMaps = root.maps("tiers", true);
        for (int i = 0; i < tierMaps.size(); i++) {
            tiers.add(tier(r, tierMaps.get(i), i));
        }
        List<Office> offices = new BodyReader(r).offices(root);
        List<Procedure> procedures = new ProcedureReader(r).procedures(root);
        YamlMap inactMap = root.map("inactivity", false);
        Inactivity inactivity = inactMap == null ? null : inactivity(r, inactMap);
        YamlMap feesMap = root.map("fees", true);
        Fees fees = feesMap == null ? null : fees(r, feesMap);
        List<CertificateKind> certificates = certificates(r, root);
        List<Named> forms = named(r, root, "forms", "form");
        List<CharterProfile.Unstated> notStated = new ArrayList<>();
        for (YamlMap u : root.maps("not_stated", false)) {
            ProcedureKind k = r.choice(u, "kind", ProcedureKind.class, true);
            Citation c = r.defaultCitation(u);
            u.finish();
            if (k != null && procedures.stream().anyMatch(p -> p.kind() == k)) {
                r.problems().add(u.node(), u.field("kind"), Text.of("charter.error.notStatedButDefined", k.yamlName()));
            } else if (k != null) {
                notStated.add(new CharterProfile.Unstated(k, c));
            }
        }
        root.finish();
        r.checkReferences();
        if (procedures.stream().noneMatch(p -> p.kind() == ProcedureKind.ADMISSION)) {
            r.problems().add(root.at("procedures"), "procedures", Text.of("charter.error.noAdmission"));
        }
        if (org == null || defQuorum == null || defResolution == null || fees == null || tiers.contains(null)) {
            return null;
        }
        return new CharterProfile(id, source, fileName, org, defQuorum, defResolution, membership,
                List.copyOf(bodies), List.copyOf(tiers), List.copyOf(offices), List.copyOf(procedures),
                inactivity, fees, certificates, forms, List.copyOf(notStated));
    }

    private Organisation organisation(ProfileReader r, YamlMap m) {
        String name = m.text("name", true);
        String shortName = m.text("short_name", false);
        String english = m.text("english_name", false);
        String founded = m.text("founded", false);
        String hq = m.text("headquarters", false);
        List<String> supervisors = m.texts("supervisors");
        YamlMap sec = m.map("secretariat", true);
        String seat = null;
        Citation secCitation = null;
        if (sec != null) {
            seat = sec.text("seat", true);
            secCitation = r.citation(sec, true);
            sec.finish();
        }
        m.finish();
        return new Organisation(name, shortName, english, founded, hq, seat, secCitation, List.copyOf(supervisors));
    }

    private Membership membership(ProfileReader r, YamlMap m) {
        Boolean legal = m.bool("legal_persons_only", false);
        List<String> eligible = m.texts("eligible");
        Integer recommenders = m.integer("recommenders", false, 0);
        Boolean founders = m.bool("founders_are_members", false);
        Citation c = r.citation(m, true);
        m.finish();
        return new Membership(Boolean.TRUE.equals(legal), List.copyOf(eligible),
                recommenders == null ? 0 : recommenders, Boolean.TRUE.equals(founders), c);
    }

    private Tier tier(ProfileReader r, YamlMap m, int rank) {
        String id = r.id(m, "tier");
        String name = m.text("name", true);
        List<String> aliases = m.texts("aliases");
        String reachedBy = r.ref(m, "reached_by", "procedure", false);
        String certificate = r.ref(m, "certificate", "certificate", false);
        List<Qualification> qualifications = BodyReader.qualifications(r, m);
        Citation c = r.citation(m, true);
        m.finish();
        return new Tier(id, name == null ? id : name, List.copyOf(aliases), rank, reachedBy, certificate, c, qualifications);
    }

    private Inactivity inactivity(ProfileReader r, YamlMap m) {
        Integer years = m.integer("years", true, 1);
        String action = r.oneOf(m, "action", false, "automatic_withdrawal", "expulsion_ground");
        Citation c = r.citation(m, true);
        m.finish();
        return years == null ? null : new Inactivity(years, action == null ? "automatic_withdrawal" : action, c);
    }

    private Fees fees(ProfileReader r, YamlMap m) {
        Boolean charged = m.bool("charged", true);
        Citation c = r.citation(m, true);
        List<Named> items = new ArrayList<>();
        for (YamlMap item : m.maps("items", false)) {
            String id = r.id(item, "fee");
            String name = item.text("name", true);
            String period = r.oneOf(item, "period", false, "year", "once");
            Citation ic = r.citation(item, false);
            item.finish();
            items.add(new Named(id, name, null, period, ic));
        }
        m.finish();
        return charged == null ? null : new Fees(charged, List.copyOf(items), c);
    }

    private List<CertificateKind> certificates(ProfileReader r, YamlMap root) {
        List<CertificateKind> out = new ArrayList<>();
        for (YamlMap m : root.maps("certificates", false)) {
            String id = r.id(m, "certificate");
            String name = m.text("name", true);
            String holder = r.oneOf(m, "holder", false, "unit", "person");
            String office = r.ref(m, "office", "office", false);
            Term validity = r.term(m, "validity");
            Citation c = r.citation(m, true);
            m.finish();
            out.add(new CertificateKind(id, name, holder == null ? "unit" : holder, office, validity, c));
        }
        return List.copyOf(out);
    }

    private List<Named> named(ProfileReader r, YamlMap root, String key, String kind) {
        List<Named> out = new ArrayList<>();
        for (YamlMap m : root.maps(key, false)) {
            String id = r.id(m, kind);
            String name = m.text("name", true);
            Citation c = r.citation(m, true);
            m.finish();
            out.add(new Named(id, name, null, null, c));
        }
        return List.copyOf(out);
    }
}
