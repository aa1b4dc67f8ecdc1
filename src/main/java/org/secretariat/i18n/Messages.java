package org.secretariat.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: Simplified Chinese by default ({@code messages.properties}),
 * English on request ({@code messages_en.properties}).
 */
public final class Messages {

    public static final String BUNDLE = "org.secretariat.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Maps a language setting ("zh", "en", or empty) to a locale; anything unknown is Chinese. */
    public static Messages forLanguage(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? Locale.ENGLISH : CHINESE);
    }

    private static Locale bundleLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    }

    /** The text in Chinese, as stored records (history, minutes, case outcomes) keep it. */
    public static String chinese(Text text) {
        return Chinese.INSTANCE.get(text);
    }

    private static final class Chinese {
        static final Messages INSTANCE = new Messages(CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return !"en".equals(locale.getLanguage());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Integer || plain[i] instanceof Long) {
                plain[i] = String.valueOf(plain[i]); // row numbers and years: no digit grouping
            } else if (plain[i] instanceof java.time.LocalDate d) { // 2026年12月7日 in Chinese (no leading zeros)
                plain[i] = isChinese() ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
            }
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    public String get(Text text) {
        Object[] args = text.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Text nested) {
                args[i] = get(nested);
            }
        }
        return get(text.key(), args);
    }
}
