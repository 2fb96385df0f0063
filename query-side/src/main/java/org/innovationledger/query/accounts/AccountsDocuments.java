package org.innovationledger.query.accounts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.innovationledger.kernel.accounts.InnovationAccounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Renders the accounts as JSON, HTML, CSV or PDF. Every rendering is a function of the accounts alone (its own JSON
 * settings, not the web layer's, fixed number formats, no clock), so the same edition always gives the same bytes.
 */
final class AccountsDocuments {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private AccountsDocuments() {
    }

    static byte[] render(InnovationAccounts accounts, AccountsFormat format, String language) {
        return switch (format) {
            case JSON -> json(accounts);
            case HTML -> AccountsHtml.render(accounts, language).getBytes(StandardCharsets.UTF_8);
            case CSV -> AccountsCsv.render(accounts).getBytes(StandardCharsets.UTF_8);
            case PDF -> AccountsPdf.render(AccountsHtml.render(accounts, language), title(accounts),
                    accounts.edition() == null ? null : accounts.edition().publishedAt());
        };
    }

    static byte[] json(InnovationAccounts accounts) {
        try {
            return JSON.writeValueAsBytes(accounts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the accounts could not be written as JSON", e);
        }
    }

    static String sha256(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String title(InnovationAccounts accounts) {
        return (accounts.edition() != null ? accounts.edition().title() : "Innovationsbokslut " + accounts.year())
                + " - " + accounts.regionName();
    }
}
