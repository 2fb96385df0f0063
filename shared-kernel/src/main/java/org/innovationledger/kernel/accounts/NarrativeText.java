package org.innovationledger.kernel.accounts;

import org.innovationledger.kernel.common.Texts;

/**
 * A section's text written by people (the bokslut's prose is not computed): frozen in the edition together with
 * the event position its figures were built at, so the edition reads the same for ever.
 */
public record NarrativeText(AccountsSection section, String text) {

    public static final int MAX_LENGTH = 20_000;

    public NarrativeText {
        Texts.present(section, "narrative section is required");
        text = Texts.required(text, "narrative text of " + section, MAX_LENGTH);
    }
}
