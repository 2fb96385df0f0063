package org.innovationledger.query.accounts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.accounts.FetchInnovationAccountsEditions;
import org.innovationledger.kernel.accounts.FindInnovationAccountsEdition;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionPublished;
import org.innovationledger.kernel.accounts.InnovationAccountsEditionView;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The register of published editions. On each publication it also computes the edition once and keeps the SHA-256
 * of its JSON document, against which every later regeneration can be checked. Idempotent: an edition is inserted
 * only when absent (its publication is the one event of its stream).
 */
@Component
@ProcessingGroup(AccountsEditionProjection.GROUP)
class AccountsEditionProjection {

    static final String GROUP = "accounts-editions";
    private static final Sort EDITION_ORDER = Sort.by("year", "eventPosition");

    private final MongoTemplate mongo;
    private final InnovationAccountsService accounts;

    AccountsEditionProjection(MongoTemplate mongo, InnovationAccountsService accounts) {
        this.mongo = mongo;
        this.accounts = accounts;
    }

    @EventHandler
    void on(InnovationAccountsEditionPublished event, MetaData metadata, @Timestamp Instant publishedAt,
            TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.editionId().value())), EditionDocument.class)) {
            return;
        }
        // stored to the millisecond, as MongoDB keeps it: the document computed now and every regeneration agree
        EditionDocument edition = new EditionDocument(event.editionId().value(), event.tenant().value(), event.year(),
                event.title(), event.language(), event.narrative(), event.position(),
                publishedAt.truncatedTo(ChronoUnit.MILLIS),
                text(metadata, LedgerMetadata.PRINCIPAL), text(metadata, LedgerMetadata.ROLE),
                text(metadata, LedgerMetadata.REASON), text(metadata, LedgerMetadata.DOCUMENT_REF), null,
                EventPosition.of(token));
        int number = numberOf(edition);
        byte[] json = AccountsDocuments.json(accounts.compute(event.tenant(), event.year(), event.position(),
                edition.toView(number)));
        mongo.insert(new EditionDocument(edition.id(), edition.tenant(), edition.year(), edition.title(),
                edition.language(), edition.narrative(), edition.position(), edition.publishedAt(),
                edition.publishedBy(), edition.publishedByRole(), edition.reason(), edition.documentRef(),
                AccountsDocuments.sha256(json), edition.eventPosition()));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), EditionDocument.class);
    }

    @QueryHandler
    List<InnovationAccountsEditionView> handle(FetchInnovationAccountsEditions query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.year() != null) {
            criteria = criteria.and("year").is(query.year());
        }
        List<EditionDocument> editions = mongo.find(Query.query(criteria).with(EDITION_ORDER), EditionDocument.class);
        List<InnovationAccountsEditionView> views = new ArrayList<>();
        int number = 0;
        Integer year = null;
        for (EditionDocument edition : editions) {
            number = year != null && year == edition.year() ? number + 1 : 1;
            year = edition.year();
            views.add(edition.toView(number));
        }
        return views;
    }

    @QueryHandler
    Optional<InnovationAccountsEditionView> handle(FindInnovationAccountsEdition query) {
        return Optional.ofNullable(mongo.findById(query.editionId().value(), EditionDocument.class))
                .filter(edition -> edition.tenant().equals(query.tenant().value()))
                .map(edition -> edition.toView(numberOf(edition)));
    }

    /** 1 + the year's editions published before this one: fixed once published, whatever comes after. */
    private int numberOf(EditionDocument edition) {
        return 1 + (int) mongo.count(Query.query(Criteria.where("tenant").is(edition.tenant())
                .and("year").is(edition.year()).and("eventPosition").lt(edition.eventPosition())),
                EditionDocument.class);
    }

    private static String text(MetaData metadata, String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
