package org.innovationledger.query.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The web interface's languages: the sources' own. Swedish unless the reader picks another. */
public enum Language {
    SV, EN, DA;

    public static final Language DEFAULT = SV;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** The language a {@code ?lang=} value or a cookie names; empty for anything else (ignored, never an error). */
    public static Optional<Language> of(String tag) {
        return tag == null ? Optional.empty() : Arrays.stream(values())
                .filter(language -> language.tag().equalsIgnoreCase(tag.strip())).findFirst();
    }

    public static Language of(Locale locale) {
        return of(locale.getLanguage()).orElse(DEFAULT);
    }
}
