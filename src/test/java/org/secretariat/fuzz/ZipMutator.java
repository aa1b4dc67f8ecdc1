package org.secretariat.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Mutations of an .xlsx inside its zip: one entry's XML is changed (bytes, text, a huge attribute,
 * an extreme cell reference or count, a DOCTYPE with entities), dropped or repeated, and the whole
 * is zipped again with valid checksums, so that the XML parser and POI's model see the damage and
 * not only the zip reader.
 */
final class ZipMutator {

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final String[] EXTREMES = {"-1", "0", "2147483647", "2147483648", "-2147483649", "1e308", "NaN",
        "XFD1048576", "A0", "A1048577", "ZZZZ1", "", "1:1048576", "A1:XFD1048576", "9".repeat(40)};

    private final Mutator m;

    ZipMutator(Mutator m) {
        this.m = m;
    }

    byte[] mutate(byte[] xlsx, byte[] other) {
        Map<String, byte[]> entries = unzip(xlsx);
        if (entries.isEmpty()) {
            return m.bytes(xlsx, other);
        }
        List<String> names = new ArrayList<>(entries.keySet());
        String name = pick(names);
        byte[] data = entries.get(name);
        switch (m.random().nextInt(9)) {
            case 0 -> entries.remove(name);
            case 1 -> entries.put(name, m.bytes(data, unzip(other).getOrDefault(name, other)));
            case 2, 3 -> entries.put(name, utf8(m.text(text(data), text(unzip(other).getOrDefault(name, data)))));
            case 4 -> entries.put(name, utf8(attribute(text(data), huge())));
            case 5 -> entries.put(name, utf8(attribute(text(data), EXTREMES[m.random().nextInt(EXTREMES.length)])));
            case 6 -> entries.put(name, utf8(doctype(text(data))));
            case 7 -> entries.put(name, utf8(repeatElement(text(data))));
            default -> entries.put(name + (m.random().nextBoolean() ? "" : ".bak"), m.bytes(data, other));
        }
        return zip(entries);
    }

    /** Worksheets and shared strings more often than the rest: that is where the cells are. */
    private String pick(List<String> names) {
        List<String> hot = names.stream().filter(n -> n.contains("worksheets/") || n.contains("sharedStrings")
                || n.contains("styles") || n.contains("workbook.xml")).toList();
        List<String> from = !hot.isEmpty() && m.random().nextInt(3) > 0 ? hot : names;
        return from.get(m.random().nextInt(from.size()));
    }

    /** Long and varied, so that it does not compress like a zip bomb and reaches the XML parser. */
    private String huge() {
        if (m.random().nextInt(4) == 0) {
            return "A".repeat(50_000 + m.random().nextInt(200_000)); // refused as a zip bomb
        }
        StringBuilder b = new StringBuilder();
        for (int n = 20_000 + m.random().nextInt(80_000); n > 0; n--) {
            b.append((char) ('A' + m.random().nextInt(26)));
        }
        return b.toString();
    }

    /** One attribute value, chosen at random, replaced. */
    private String attribute(String xml, String value) {
        Matcher a = ATTRIBUTE.matcher(xml);
        List<int[]> spans = new ArrayList<>();
        while (a.find()) {
            spans.add(new int[] {a.start(2), a.end(2)});
        }
        if (spans.isEmpty()) {
            return xml;
        }
        int[] s = spans.get(m.random().nextInt(spans.size()));
        return xml.substring(0, s[0]) + value + xml.substring(s[1]);
    }

    /** An internal entity expanded a thousand times, or an external one: the parser must not follow either. */
    private String doctype(String xml) {
        int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0);
        if (root < 0) {
            return xml;
        }
        String dtd = m.random().nextBoolean()
                ? "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                : "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
        String use = dtd.contains("&c;") ? "&d;" : "&e;";
        String out = xml.substring(0, root) + dtd + xml.substring(root);
        int t = out.indexOf("<t>");
        return t < 0 ? out : out.substring(0, t + 3) + use + out.substring(t + 3);
    }

    /** An element such as a row or a cell repeated (duplicate row numbers, overlapping cells). */
    private String repeatElement(String xml) {
        String[] tags = {"<row ", "<c ", "<si>", "<mergeCell ", "<sheet ", "<xf "};
        String tag = tags[m.random().nextInt(tags.length)];
        int start = xml.indexOf(tag);
        if (start < 0) {
            return xml;
        }
        String close = tag.equals("<si>") ? "</si>" : "</" + tag.substring(1).strip() + ">";
        int end = xml.indexOf(close, start);
        int selfClose = xml.indexOf("/>", start);
        int stop = end >= 0 ? end + close.length() : selfClose >= 0 ? selfClose + 2 : -1;
        if (stop < 0) {
            return xml;
        }
        String element = xml.substring(start, stop);
        return xml.substring(0, stop) + element.repeat(1 + m.random().nextInt(3)) + xml.substring(stop);
    }

    /** The entries by name; what could be read of a damaged zip. (POI's own zips trip ZipInputStream: a file is read.) */
    static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Path file = null;
        try {
            file = Files.createTempFile("fuzz", ".zip");
            Files.write(file, bytes);
            try (ZipFile z = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(z.entries())) {
                    try (var in = z.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged partner: whatever was read
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
