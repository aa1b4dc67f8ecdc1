package org.secretariat.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of bytes and of text: the same seed gives the same inputs on every machine.
 * Byte mutations: bit flips, overwrites, inserts, deletes, truncation, a duplicated chunk, a splice
 * of two inputs. Text mutations work on lines and tokens: swapped or repeated lines, odd characters
 * (CJK, control characters, quotes, braces, YAML anchors and aliases), very long lines.
 */
final class Mutator {

    /** Snippets that mean something to CSV, YAML, number patterns or XML, and characters that often break code. */
    private static final String[] TOKENS = {
        "\"", "'", ",", ";", "\t", "\r", "\n", "\r\n", "{", "}", "{seq}", "{seq:", "{seq:0000}", "{org}", "{year}",
        "{kind}", "{{", "}}", "&a ", "*a", "&anchor [1, 2]", "*alias", "<<: *a", "- ", ": ", "? ", "|", ">", "!!binary ",
        "!!python/object ", "%YAML 1.2\n", "---\n", "...\n", "#", "[", "]", "null", "~", "-1", "0", "1e309",
        "99999999999999999999", "NaN", "2023-02-30", "=CMD()", "<", ">", "&amp;", "&#0;", "]]>", "\u0000", "\u0007",
        "\u001b", "\u007f", "\u00a0", "\u200b", "\u202e", "\ufeff", "\ufffd", "\ud800", "\udc00", "中", "𠀀", "單位名稱",
        "单位名称", "会员级别", "入会日期", "统一社会信用代码", "　", "，", "：", "“", "”", "「", "」",
    };

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    /** One to four byte mutations of {@code in}; {@code other} is the partner for a splice. */
    byte[] bytes(byte[] in, byte[] other) {
        byte[] out = in;
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out = byteOnce(out, other);
        }
        return out;
    }

    private byte[] byteOnce(byte[] in, byte[] other) {
        if (in.length == 0) {
            return randomBytes(1 + random.nextInt(64));
        }
        int at = random.nextInt(in.length);
        switch (random.nextInt(8)) {
            case 0 -> { // flip one to eight bits
                byte[] out = in.clone();
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    int p = random.nextInt(out.length);
                    out[p] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case 1 -> { // overwrite a run with random or "interesting" bytes
                byte[] out = in.clone();
                byte[] with = interestingBytes();
                System.arraycopy(with, 0, out, at, Math.min(with.length, out.length - at));
                return out;
            }
            case 2 -> {
                return splice(in, at, at, interestingBytes());
            }
            case 3 -> { // delete a run
                int len = 1 + random.nextInt(Math.min(in.length - at, 256));
                return splice(in, at, at + len, new byte[0]);
            }
            case 4 -> {
                return Arrays.copyOf(in, at); // truncated, as a download that stopped
            }
            case 5 -> { // a chunk again, somewhere else
                int len = 1 + random.nextInt(Math.min(in.length - at, 4096));
                byte[] chunk = Arrays.copyOfRange(in, at, at + len);
                int to = random.nextInt(in.length + 1);
                return splice(in, to, to, chunk);
            }
            case 6 -> { // the head of this input and the tail of the other
                int cut = other.length == 0 ? 0 : random.nextInt(other.length);
                return concat(Arrays.copyOf(in, at), Arrays.copyOfRange(other, cut, other.length));
            }
            default -> { // a number-like byte set to an extreme
                byte[] out = in.clone();
                byte[] extreme = {0, (byte) 0xFF, 0x7F, (byte) 0x80};
                for (int k = 0; k < 4 && at + k < out.length; k++) {
                    out[at + k] = extreme[random.nextInt(extreme.length)];
                }
                return out;
            }
        }
    }

    private byte[] interestingBytes() {
        if (random.nextBoolean()) {
            return randomBytes(1 + random.nextInt(16));
        }
        return token().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** One to four line- or token-level mutations of {@code text}; {@code other} is the partner for a splice. */
    String text(String text, String other) {
        String out = text;
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out = textOnce(out, other);
        }
        return out;
    }

    private String textOnce(String text, String other) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        switch (random.nextInt(9)) {
            case 0 -> { // swap two lines
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 1 -> lines.add(j, lines.get(i)); // a line twice
            case 2 -> lines.remove(i);
            case 3 -> lines.set(i, insert(lines.get(i), token())); // a token at a random place
            case 4 -> lines.set(i, insert(lines.get(i), randomChars(1 + random.nextInt(8))));
            case 5 -> { // a very long line or value
                String unit = random.nextBoolean() ? token() : randomChars(1);
                int times = random.nextBoolean() ? 300 + random.nextInt(3000) : 20_000 + random.nextInt(100_000);
                lines.set(i, insert(lines.get(i), unit.repeat(Math.max(1, times / Math.max(1, unit.length())))));
            }
            case 6 -> { // deep nesting
                int depth = 10 + random.nextInt(200);
                String open = random.nextBoolean() ? "[" : "{";
                lines.set(i, insert(lines.get(i), open.repeat(depth)));
            }
            case 7 -> { // the line's indentation changed (YAML structure)
                String line = lines.get(i);
                lines.set(i, random.nextBoolean() ? " ".repeat(1 + random.nextInt(6)) + line : line.stripLeading());
            }
            default -> { // head of this text, tail of the other
                String[] o = other.split("\n", -1);
                int cut = random.nextInt(o.length);
                List<String> tail = Arrays.asList(o).subList(cut, o.length);
                lines = new ArrayList<>(lines.subList(0, i));
                lines.addAll(tail);
            }
        }
        return String.join("\n", lines);
    }

    private String insert(String s, String what) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    String token() {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    /** Random characters from ASCII, control characters, CJK (basic and extension B) and surrogates. */
    String randomChars(int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int cp = switch (random.nextInt(6)) {
                case 0 -> 0x20 + random.nextInt(0x5F);
                case 1 -> random.nextInt(0x20);
                case 2, 3 -> 0x4E00 + random.nextInt(0x9FA5 - 0x4E00);
                case 4 -> 0x20000 + random.nextInt(0xA6D6);
                default -> random.nextInt(0x10000);
            };
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    static byte[] splice(byte[] in, int from, int to, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + with.length);
        out.write(in, 0, from);
        out.write(with, 0, with.length);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
