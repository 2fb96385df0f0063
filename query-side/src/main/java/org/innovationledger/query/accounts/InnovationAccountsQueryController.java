package org.innovationledger.query.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.innovationledger.kernel.accounts.FetchInnovationAccountsEditions;
import org.innovationledger.kernel.accounts.FindInnovationAccountsEdition;
import org.innovationledger.kernel.accounts.InnovationAccounts;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionId;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.accounts.PublishInnovationAccountsEdition;
import org.innovationledger.kernel.common.TenantId;
import org.innovationledger.query.infra.NotFoundException;
import org.innovationledger.query.infra.RequestTenant;
import org.innovationledger.query.infra.asof.AsOfRefused;
import org.innovationledger.query.infra.asof.AsOfRequest;
import org.innovationledger.query.initiative.QueryParams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "Innovation accounts", description = "The yearly innovation accounts (innovationsbokslut): previews at"
        + " the ledger's newest event or any earlier position, and published editions regenerated exactly")
class InnovationAccountsQueryController {

    /** The global event position a document was built at. */
    static final String POSITION_HEADER = "Ledger-Position";

    private final QueryGateway queries;
    private final RequestTenant tenant;
    private final InnovationAccountsService accounts;

    InnovationAccountsQueryController(QueryGateway queries, RequestTenant tenant, InnovationAccountsService accounts) {
        this.queries = queries;
        this.tenant = tenant;
        this.accounts = accounts;
    }

    @GetMapping("/api/innovation-accounts")
    @Operation(summary = "A preview of the year's innovation accounts, computed from the events",
            description = "year is required; position (a global event position) builds them as they stood then,"
                    + " the newest event when absent; asOf instead, an instant (2021-12-31T23:00:00Z) or a date (the"
                    + " end of that day in the ledger's time zone), builds them at the last event recorded by then;"
                    + " format json (default), html, csv or pdf; lang sv (default), en or da for headings and labels."
                    + " The Ledger-Position header and the document state the"
                    + " position. A preview is not a published edition: publish one with POST"
                    + " /api/innovation-accounts/editions.")
    ResponseEntity<byte[]> preview(@RequestParam(required = false) String year,
                                   @RequestParam(required = false) String position,
                                   @RequestParam(required = false) String format,
                                   @RequestParam(required = false) String lang,
                                   HttpServletRequest request) {
        int wanted = year(required("year", year));
        Long at = position(position);
        AsOfRequest asOf = AsOfRequest.of(request).orElse(null);
        if (asOf != null) {
            if (at != null) {
                throw new AsOfRefused(AsOfRefused.INVALID, "position and asOf or asOfPosition cannot be combined:"
                        + " give one");
            }
            at = asOf.asOf().position(); // asOf maps to the position by the rule every as-of answer follows
        }
        AccountsFormat as = AccountsFormat.of(format);
        String language = language(lang, "sv");
        InnovationAccounts computed = accounts.compute(tenant.of(request), wanted, at, null);
        return document(computed, as, language, "innovationsbokslut-" + wanted + "-forhandsvisning", asOf);
    }

    @GetMapping("/api/innovation-accounts/editions")
    @Operation(summary = "The region's published editions, by year and edition number",
            description = "Each with the position it is built at, who published it, when and why, and the SHA-256 of"
                    + " its JSON document as first computed.")
    List<InnovationAccountsEditionView> editions(@RequestParam(required = false) String year,
                                                 HttpServletRequest request) {
        Integer wanted = year == null || year.isBlank() ? null : year(year);
        return queries.query(new FetchInnovationAccountsEditions(tenant.of(request), wanted),
                ResponseTypes.multipleInstancesOf(InnovationAccountsEditionView.class)).join();
    }

    @GetMapping("/api/innovation-accounts/editions/{editionId}")
    @Operation(summary = "A published edition, regenerated from the events up to its recorded position",
            description = "format json (default), html, csv or pdf; lang overrides the edition's language. Whatever"
                    + " happened after the edition's position, the same edition in the same format and language is the"
                    + " same bytes; its ETag is their SHA-256.")
    ResponseEntity<byte[]> edition(@PathVariable String editionId,
                                   @RequestParam(required = false) String format,
                                   @RequestParam(required = false) String lang,
                                   HttpServletRequest request) {
        TenantId caller = tenant.of(request);
        InnovationAccountsEditionId id = InnovationAccountsEditionId.of(editionId);
        AccountsFormat as = AccountsFormat.of(format);
        InnovationAccountsEditionView edition = queries.query(new FindInnovationAccountsEdition(caller, id),
                        ResponseTypes.optionalInstanceOf(InnovationAccountsEditionView.class)).join()
                .orElseThrow(() -> new NotFoundException("innovation accounts edition", id));
        InnovationAccounts computed = accounts.compute(caller, edition.year(), edition.position(), edition);
        return document(computed, as, language(lang, edition.language()),
                "innovationsbokslut-" + edition.year() + "-utgava-" + edition.number(),
                AsOfRequest.of(request).orElse(null));
    }

    /** With the position the document is built at; asked as of a point, also the moment it is as of. */
    private static ResponseEntity<byte[]> document(InnovationAccounts computed, AccountsFormat format,
                                                   String language, String name, AsOfRequest asOf) {
        byte[] body = AccountsDocuments.render(computed, format, language);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (asOf != null) {
            asOf.answered(computed.position(), asOf.asOf().instant());
        } else {
            answer.header(POSITION_HEADER, String.valueOf(computed.position()));
        }
        return answer
                .contentType(MediaType.parseMediaType(format.mediaType))
                .eTag('"' + AccountsDocuments.sha256(body) + '"')
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name + "." + format.extension, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static int year(String value) {
        int year = QueryParams.integer("year", value, 0);
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must lie between 1000 and 9999, got: " + value);
        }
        return year;
    }

    private static Long position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position < 0) {
                throw new IllegalArgumentException("position must be zero or more, got: " + value);
            }
            return position;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("position must be a whole number, got: " + value);
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String language(String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String language = value.trim().toLowerCase(Locale.ROOT);
        if (!PublishInnovationAccountsEdition.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("lang must be one of sv, en, da, got: " + value);
        }
        return language;
    }
}
