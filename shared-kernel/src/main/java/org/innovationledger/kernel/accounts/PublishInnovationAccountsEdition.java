package org.innovationledger.kernel.accounts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.innovationledger.kernel.common.Texts;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Publishes an edition of a year's innovation accounts (innovationsbokslut): its figures are those of the events up
 * to {@code position} (the ledger's newest when null), its narrative texts are frozen with it, and regenerating the
 * edition later gives the identical document whatever happened since.
 *
 * @param title     e.g. "Innovationsbokslut 2021"; "Innovationsbokslut &lt;year&gt;" when absent
 * @param language  sv, en or da: the language of headings and labels; sv when absent
 * @param narrative at most one text per section, optional
 * @param position  the global event position to build at; null for the newest event
 */
public record PublishInnovationAccountsEdition(@TargetAggregateIdentifier InnovationAccountsEditionId editionId,
                                               Integer year,
                                               String title,
                                               String language,
                                               List<NarrativeText> narrative,
                                               Long position) {

    public static final Set<String> LANGUAGES = Set.of("sv", "en", "da");

    public PublishInnovationAccountsEdition {
        Texts.present(editionId, "editionId is required");
        Texts.present(year, "year is required");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must lie between 1000 and 9999, got: " + year);
        }
        title = Texts.optional(title, "title", 300);
        if (title == null) {
            title = "Innovationsbokslut " + year;
        }
        language = Texts.optional(language, "language", 10);
        language = language == null ? "sv" : language.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of sv, en, da, got: " + language);
        }
        narrative = ordered(narrative);
        if (position != null && position < 0) {
            throw new IllegalArgumentException("position must be zero or more, got: " + position);
        }
    }

    /** One text per section at most, in the sections' order, so the event and the document never depend on input order. */
    private static List<NarrativeText> ordered(List<NarrativeText> narrative) {
        if (narrative == null) {
            return List.of();
        }
        Set<AccountsSection> seen = EnumSet.noneOf(AccountsSection.class);
        for (NarrativeText text : narrative) {
            Texts.present(text, "a narrative entry is null");
            if (!seen.add(text.section())) {
                throw new IllegalArgumentException("at most one narrative text per section, twice: " + text.section());
            }
        }
        return narrative.stream().sorted((a, b) -> a.section().compareTo(b.section())).toList();
    }
}
