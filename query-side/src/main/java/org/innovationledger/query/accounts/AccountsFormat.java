package org.innovationledger.query.accounts;

import java.util.Locale;

/** The forms an accounts document is rendered in. */
enum AccountsFormat {
    JSON("application/json", "json"),
    HTML("text/html;charset=UTF-8", "html"),
    CSV("text/csv;charset=UTF-8", "csv"),
    PDF("application/pdf", "pdf");

    final String mediaType;
    final String extension;

    AccountsFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static AccountsFormat of(String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be one of json, html, csv, pdf, got: " + value);
        }
    }
}
