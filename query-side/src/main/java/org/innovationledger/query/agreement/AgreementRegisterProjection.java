package org.innovationledger.query.agreement;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.agreement.*;
import org.innovationledger.kernel.common.LedgerMetadata;
import org.innovationledger.kernel.organisation.OrganisationUnitRegistered;
import org.innovationledger.kernel.organisation.OrganisationUnitRenamed;
import org.innovationledger.kernel.partner.PartnerOrganisationRegistered;
import org.innovationledger.kernel.partner.PartnerOrganisationRenamed;
import org.innovationledger.query.agreement.AgreementDocument.AmendmentEntry;
import org.innovationledger.query.agreement.AgreementDocument.DecisionEntry;
import org.innovationledger.query.agreement.AgreementDocument.FollowUpEntry;
import org.innovationledger.query.agreement.AgreementDocument.MilestoneEntry;
import org.innovationledger.query.agreement.AgreementDocument.PartyEntry;
import org.innovationledger.query.agreement.AgreementDocument.TerminationEntry;
import org.innovationledger.query.infra.EventPosition;
import org.innovationledger.query.organisation.UnitNames;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partnership and agreement register: every agreement of a region with its parties (named as they are called
 * today), signatures, schedule, decision points, amendments and how it ended. Idempotent by each aggregate's own
 * event sequence: an event applies only to a document that has not seen it, so redelivery and replays change
 * nothing.
 */
@Component
@ProcessingGroup(AgreementRegisterProjection.GROUP)
class AgreementRegisterProjection {

    static final String GROUP = "agreements";

    /** Newest validity first; the id keeps the order total. */
    private static final Sort REGISTER_ORDER = Sort.by(Sort.Order.desc("validFrom"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    private final Clock clock;

    AgreementRegisterProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ agreements

    @EventHandler
    void on(AgreementDrafted event, @SequenceNumber long version, @Timestamp Instant at, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.agreementId().value())), AgreementDocument.class)) {
            return; // applied before: the drafting is the first event of its agreement
        }
        mongo.insert(AgreementDocument.drafted(event.agreementId().value(), event.tenant().value(),
                event.initiativeId(), event.content(), at, version, EventPosition.of(token)));
    }

    @EventHandler
    void on(AgreementDraftRevised event, @SequenceNumber long version, TrackingToken token) {
        AgreementContent content = event.content();
        apply(event.agreementId(), version, token, new Update()
                .set("title", content.title())
                .set("type", content.type())
                .set("valueModelId", content.valueModel() == null ? null : content.valueModel().id().value())
                .set("valueModelVersion", content.valueModel() == null ? null : content.valueModel().version())
                .set("parties", content.parties().stream().map(PartyEntry::of).toList())
                .set("partnerIds", AgreementDocument.partnerIds(content.parties()))
                .set("terms", content.terms())
                .set("followUps", FollowUpEntry.of(content.followUps()))
                .set("milestones", MilestoneEntry.of(content.milestones()))
                .set("validFrom", content.validFrom().toString())
                .set("validUntil", AgreementDocument.iso(content.validUntil()))
                .set("expectedResults", content.expectedResults()));
    }

    @EventHandler
    void on(AgreementSignedByParty event, @SequenceNumber long version, TrackingToken token) {
        AgreementDocument agreement = mongo.findById(event.agreementId().value(), AgreementDocument.class);
        if (agreement == null || agreement.version() >= version) {
            return;
        }
        List<PartyEntry> parties = agreement.parties().stream()
                .map(p -> p.party().equals(event.party()) ? p.signed(event.signatory(), event.signedOn()) : p)
                .toList();
        apply(event.agreementId(), version, token, new Update().set("parties", parties));
    }

    @EventHandler
    void on(AgreementInForce event, @SequenceNumber long version, TrackingToken token) {
        apply(event.agreementId(), version, token, new Update().set("status", AgreementStatus.IN_FORCE)
                .set("inForceSince", event.signedOn().toString()));
    }

    /** The amendment's document reference (the signed amendment) is the event's. */
    @EventHandler
    void on(AgreementAmended event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(LedgerMetadata.DOCUMENT_REF) String documentRef, TrackingToken token) {
        Update change = new Update().push("amendments",
                new AmendmentEntry(event.amendmentId(), event.summary(), documentRef, at.toString()));
        if (event.terms() != null) {
            change.set("terms", event.terms());
        }
        if (event.followUps() != null) {
            change.set("followUps", FollowUpEntry.of(event.followUps()));
        }
        if (event.milestones() != null) {
            change.set("milestones", MilestoneEntry.of(event.milestones()));
        }
        if (event.valueModel() != null) {
            change.set("valueModelId", event.valueModel().id().value())
                    .set("valueModelVersion", event.valueModel().version());
        }
        if (event.validUntil() != null) {
            change.set("validUntil", event.validUntil().toString());
        }
        if (event.expectedResults() != null) {
            change.set("expectedResults", event.expectedResults());
        }
        apply(event.agreementId(), version, token, change);
    }

    @EventHandler
    void on(AgreementDecisionPointRecorded event, @SequenceNumber long version, TrackingToken token) {
        apply(event.agreementId(), version, token, new Update().push("decisionPoints",
                new DecisionEntry(event.milestoneId(), event.positions(), event.outcome(),
                        event.decidedOn().toString(), event.rationale())));
    }

    @EventHandler
    void on(AgreementTerminated event, @SequenceNumber long version, TrackingToken token) {
        apply(event.agreementId(), version, token, new Update().set("status", AgreementStatus.TERMINATED)
                .set("termination", new TerminationEntry(event.endedBy(), event.reason(),
                        event.terminatedOn().toString(), event.milestoneId())));
    }

    @EventHandler
    void on(AgreementExpired event, @SequenceNumber long version, TrackingToken token) {
        apply(event.agreementId(), version, token, new Update().set("status", AgreementStatus.EXPIRED));
    }

    @EventHandler
    void on(AgreementDraftWithdrawn event, @SequenceNumber long version, TrackingToken token) {
        apply(event.agreementId(), version, token, new Update().set("status", AgreementStatus.WITHDRAWN));
    }

    /** Applies the change with the event's version and position unless the agreement has seen that event. */
    private void apply(AgreementId agreementId, long version, TrackingToken token, Update change) {
        // the agreement's own sequence orders its events exactly; the token position need not (gap fills)
        mongo.updateFirst(Query.query(Criteria.where("_id").is(agreementId.value()).and("version").lt(version)),
                change.set("version", version).set("position", EventPosition.of(token)), AgreementDocument.class);
    }

    // ---------------------------------------------------------------------------------------------- party names

    @EventHandler
    void on(OrganisationUnitRegistered event, @SequenceNumber long version, TrackingToken token) {
        named(event.unitId().value(), event.tenant().value(), UnitNames.registered(event.name(), event.establishedOn()),
                version, token);
    }

    @EventHandler
    void on(OrganisationUnitRenamed event, @SequenceNumber long version, TrackingToken token) {
        renamed(event.unitId().value(), event.newName(), event.effectiveFrom(), version, token);
    }

    @EventHandler
    void on(PartnerOrganisationRegistered event, @SequenceNumber long version, TrackingToken token) {
        named(event.partnerId().value(), event.tenant().value(), UnitNames.registered(event.name(), null), version,
                token);
    }

    @EventHandler
    void on(PartnerOrganisationRenamed event, @SequenceNumber long version, TrackingToken token) {
        renamed(event.partnerId().value(), event.newName(), event.effectiveFrom(), version, token);
    }

    private void named(String id, String tenant, UnitNames names, long version, TrackingToken token) {
        if (mongo.findById(id, PartyNameDocument.class) == null) {
            mongo.insert(new PartyNameDocument(id, tenant, names, version, EventPosition.of(token)));
        }
    }

    private void renamed(String id, String newName, LocalDate effectiveFrom, long version, TrackingToken token) {
        PartyNameDocument party = mongo.findById(id, PartyNameDocument.class);
        if (party != null && party.version() < version) {
            mongo.save(new PartyNameDocument(id, party.tenant(), party.names().renamed(newName, effectiveFrom),
                    version, EventPosition.of(token)));
        }
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), AgreementDocument.class);
        mongo.remove(new Query(), PartyNameDocument.class);
    }

    // --------------------------------------------------------------------------------------------------- queries

    @QueryHandler
    Optional<AgreementView> handle(FindAgreement query) {
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(mongo.findById(query.agreementId().value(), AgreementDocument.class))
                .filter(agreement -> agreement.tenant().equals(query.tenant().value()))
                .map(agreement -> agreement.toView(today, namesToday(List.of(agreement), today).names()));
    }

    @QueryHandler
    AgreementRegister handle(FetchAgreementRegister query) {
        LocalDate today = LocalDate.now(clock);
        Criteria criteria = selection(query, today);
        Query counted = Query.query(criteria);
        counted.fields().include("status").include("type").include("position");
        List<Counted> matching = mongo.find(counted, Counted.class, AgreementDocument.COLLECTION);
        List<AgreementDocument> page = mongo.find(Query.query(criteria).with(REGISTER_ORDER)
                .skip((long) query.page() * query.size()).limit(query.size()), AgreementDocument.class);
        Names names = namesToday(page, today);
        long position = Math.max(names.position(),
                matching.stream().mapToLong(Counted::position).max().orElse(0));
        return new AgreementRegister(page.stream().map(agreement -> agreement.toView(today, names.names())).toList(),
                query.page(), query.size(), matching.size(), byStatus(matching), byType(matching), today, position);
    }

    /**
     * The tenant's agreements the filters let through. "Expiring within N days" means in force with a last day of
     * validity from today to today + N.
     */
    private static Criteria selection(FetchAgreementRegister query, LocalDate today) {
        Criteria criteria = Criteria.where("tenant").is(query.tenant().value());
        if (query.status() != null) {
            criteria = criteria.and("status").is(query.status());
        }
        if (query.type() != null) {
            criteria = criteria.and("type").is(query.type());
        }
        if (query.partnerId() != null) {
            criteria = criteria.and("partnerIds").is(query.partnerId().value());
        }
        if (query.initiativeId() != null) {
            criteria = criteria.and("initiativeId").is(query.initiativeId().value());
        }
        if (query.expiringWithinDays() != null) {
            Criteria expiring = Criteria.where("status").is(AgreementStatus.IN_FORCE).and("validUntil")
                    .gte(today.toString()).lte(today.plusDays(query.expiringWithinDays()).toString());
            criteria = new Criteria().andOperator(criteria, expiring);
        }
        return criteria;
    }

    private record Names(Map<String, String> names, long position) {
    }

    /** What the counts need of every matching agreement, read without the rest of the document. */
    private record Counted(String id, AgreementStatus status, AgreementType type, long position) {
    }

    private Names namesToday(Collection<AgreementDocument> agreements, LocalDate today) {
        Set<String> parties = agreements.stream().flatMap(a -> a.parties().stream()).map(PartyEntry::party)
                .collect(Collectors.toSet());
        if (parties.isEmpty()) {
            return new Names(Map.of(), 0);
        }
        List<PartyNameDocument> known = mongo.find(Query.query(Criteria.where("_id").in(parties)),
                PartyNameDocument.class);
        Map<String, String> names = new HashMap<>();
        known.forEach(party -> names.put(party.id(), party.names().on(today)));
        return new Names(names, known.stream().mapToLong(PartyNameDocument::position).max().orElse(0));
    }

    private static List<AgreementRegister.StatusCount> byStatus(List<Counted> matching) {
        Map<AgreementStatus, Long> counts = counted(matching, Counted::status, AgreementStatus.class);
        return Arrays.stream(AgreementStatus.values())
                .map(status -> new AgreementRegister.StatusCount(status, counts.get(status).intValue())).toList();
    }

    private static List<AgreementRegister.TypeCount> byType(List<Counted> matching) {
        Map<AgreementType, Long> counts = counted(matching, Counted::type, AgreementType.class);
        return Arrays.stream(AgreementType.values())
                .map(type -> new AgreementRegister.TypeCount(type, counts.get(type).intValue())).toList();
    }

    private static <E extends Enum<E>> Map<E, Long> counted(List<Counted> matching, Function<Counted, E> key,
                                                            Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        Arrays.stream(type.getEnumConstants()).forEach(value -> counts.put(value, 0L));
        matching.forEach(agreement -> counts.merge(key.apply(agreement), 1L, Long::sum));
        return counts;
    }
}
