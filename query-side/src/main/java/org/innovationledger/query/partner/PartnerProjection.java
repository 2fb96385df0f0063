package org.innovationledger.query.partner;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.partner.FetchPartnerOrganisations;
import org.innovationledger.kernel.partner.FindPartnerOrganisation;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;
import org.innovationledger.kernel.partner.PartnerOrganisationView;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.organisation.UnitNames;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each region's partner register with the partners' names over time. Idempotent by the partner's own event
 * sequence: a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(PartnerProjection.GROUP)
class PartnerProjection {

    static final String GROUP = "partners";
    private static final Collator NAME_ORDER = Collator.getInstance(Locale.forLanguageTag("sv"));

    private final MongoTemplate mongo;
    private final Clock clock;

    PartnerProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventHandler
    void on(PartnerOrganisationRegistered event, @SequenceNumber long version, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.partnerId().value())), PartnerDocument.class)) {
            return; // applied before: a registration is the first event of its partner
        }
        mongo.insert(new PartnerDocument(event.partnerId().value(), event.tenant().value(), event.kind(),
                event.organisationNumber(), event.country(), UnitNames.registered(event.name(), null), version,
                EventPosition.of(token)));
    }

    @EventHandler
    void on(PartnerOrganisationRenamed event, @SequenceNumber long version, TrackingToken token) {
        PartnerDocument partner = mongo.findById(event.partnerId().value(), PartnerDocument.class);
        if (partner == null || partner.version() >= version) {
            return; // applied before: the partner's own sequence orders its events exactly
        }
        mongo.save(new PartnerDocument(partner.id(), partner.tenant(), partner.kind(), partner.organisationNumber(),
                partner.country(), partner.names().renamed(event.newName(), event.effectiveFrom()), version,
                EventPosition.of(token)));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), PartnerDocument.class);
    }

    @QueryHandler
    Optional<PartnerOrganisationView> handle(FindPartnerOrganisation query) {
        return Optional.ofNullable(mongo.findById(query.partnerId().value(), PartnerDocument.class))
                .filter(partner -> partner.tenant().equals(query.tenant().value()))
                .map(partner -> partner.toView(LocalDate.now(clock)));
    }

    @QueryHandler
    List<PartnerOrganisationView> handle(FetchPartnerOrganisations query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.kind() != null) {
            criteria = criteria.and("kind").is(query.kind());
        }
        LocalDate today = LocalDate.now(clock);
        // by the name in force today, which the store cannot know; Swedish collation puts Å Ä Ö last
        return mongo.find(Query.query(criteria), PartnerDocument.class).stream()
                .map(partner -> partner.toView(today))
                .sorted(Comparator.comparing(PartnerOrganisationView::name, NAME_ORDER)
                        .thenComparing(view -> view.partnerId().value()))
                .toList();
    }
}
