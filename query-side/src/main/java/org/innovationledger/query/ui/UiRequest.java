package org.innovationledger.query.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.innovationledger.kernel.common.Caller;
import org.innovationledger.kernel.common.LedgerRole;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every page knows about the request it answers: who reads, in which language, and the point in the ledger's
 * history it is read at. Links made here carry that point along ({@code asOf} or {@code asOfPosition}), so a reader
 * who set a date stays in that past until they leave it.
 *
 * @param caller      the signed-in reader with a ledger role; null for one without (a token lacking role or tenant)
 * @param language    the page's language
 * @param path        the page's path, without its query
 * @param parameters  the page's query parameters, in order, the first value of each
 * @param asOf        the date or instant asked for, null when reading today's ledger
 * @param asOfPosition the global position asked for, null when not asked by position
 */
public record UiRequest(Caller caller, Language language, String path, Map<String, String> parameters,
                        String asOf, String asOfPosition) {

    static final String AS_OF = "asOf";
    static final String AS_OF_POSITION = "asOfPosition";
    /**
     * Parameters that are about reading the page, not about what it shows ({@code continue}: Spring Security's mark
     * on the page it returns to after the login form).
     */
    private static final Set<String> NOT_FILTERS = Set.of(AS_OF, AS_OF_POSITION, LanguageChoice.PARAMETER,
            "continue");

    static UiRequest of(Caller caller, Language language, HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && !values[0].isBlank()) {
                parameters.put(name, values[0].strip());
            }
        });
        return new UiRequest(caller, language, request.getRequestURI().substring(request.getContextPath().length()),
                Collections.unmodifiableMap(parameters), parameters.get(AS_OF), parameters.get(AS_OF_POSITION));
    }

    /** Whether the reader has the portfolio's pages (managers and auditors, as in the API): the menu shows them. */
    public boolean readsPortfolio() {
        return caller != null && (LedgerRole.PORTFOLIO_MANAGER.name().equals(caller.role())
                || LedgerRole.AUDITOR.name().equals(caller.role()));
    }

    /** Whether the reader has the audit trail (managers, auditors and admins, as in the API). */
    public boolean readsAuditTrail() {
        return readsPortfolio() || (caller != null && LedgerRole.ADMIN.name().equals(caller.role()));
    }

    /** Reading the ledger as it stood at an earlier point. */
    public boolean past() {
        return asOf != null || asOfPosition != null;
    }

    /** A link to another page, at the same point in history. */
    public String link(String target) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(target);
        if (asOf != null) {
            uri.queryParam(AS_OF, asOf);
        }
        if (asOfPosition != null) {
            uri.queryParam(AS_OF_POSITION, asOfPosition);
        }
        return uri.encode().build().toUriString();
    }

    /** A link to this page filtered by one more value (for the counts' drill-down), at the same point in history. */
    public String filtered(String name, Object value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(link(path));
        filters().forEach((key, v) -> {
            if (!key.equals(name)) {
                uri.queryParam(key, v);
            }
        });
        return uri.queryParam(name, String.valueOf(value)).encode().build().toUriString();
    }

    /** This page in another language, with everything else as it is. */
    public String inLanguage(String tag) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, value) -> {
            if (!name.equals(LanguageChoice.PARAMETER)) {
                uri.queryParam(name, value);
            }
        });
        return uri.queryParam(LanguageChoice.PARAMETER, tag).encode().build().toUriString();
    }

    /** This page as the ledger stands today: the same filters, no point in history. */
    public String today() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters().forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    /** What the page shows (its filters), to carry along when the reader picks another point in history. */
    public Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (!NOT_FILTERS.contains(name)) {
                filters.put(name, value);
            }
        });
        return filters;
    }

    /** Every language, for the language switch. */
    public List<Language> languages() {
        return List.of(Language.values());
    }
}
