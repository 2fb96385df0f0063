package org.innovationledger.query.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.innovationledger.kernel.fund.ApplicationStatus;
import org.innovationledger.kernel.fund.FetchFundingCalls;
import org.innovationledger.kernel.fund.FetchFundingReport;
import org.innovationledger.kernel.fund.FindFundingCall;
import org.innovationledger.kernel.fund.FundingApplicationAssessed;
import org.innovationledger.kernel.fund.FundingApplicationGranted;
import org.innovationledger.kernel.fund.FundingApplicationRejected;
import org.innovationledger.kernel.fund.FundingApplicationSubmitted;
import org.innovationledger.kernel.fund.FundingCallClosed;
import org.innovationledger.kernel.fund.FundingCallId;
import org.innovationledger.kernel.fund.FundingCallOpened;
import org.innovationledger.kernel.fund.FundingCallSummary;
import org.innovationledger.kernel.fund.FundingCallView;
import org.innovationledger.kernel.fund.FundingReport;
import org.innovationledger.kernel.fund.GrantFollowUpReported;
import org.innovationledger.query.fund.FundingCallDocument.ApplicationEntry;
import org.innovationledger.query.fund.FundingCallDocument.FollowUpEntry;
import org.innovationledger.query.infra.EventPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.innovationledger.query.fund.FundingCallDocument.text;

/**
 * The tenant's funding calls with their applications, and the funding report counted from them at query time
 * ({@link FundingReports}), so the report's figures are always those of the calls' events. Idempotent by the call's
 * aggregate sequence number: an event changes a call only when the call has not yet seen it.
 */
@Component
@ProcessingGroup(FundingProjection.GROUP)
class FundingProjection {

    static final String GROUP = "funding";

    /** A year's calls: by fund, then round, then the order they were opened in. */
    private static final Sort CALL_ORDER = Sort.by("year", "fund", "round", "openedAt");

    private final MongoTemplate mongo;

    FundingProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(FundingCallOpened event, @SequenceNumber long version, TrackingToken token) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(event.callId().value())), FundingCallDocument.class)) {
            return; // applied before: the opening is the first event of its call
        }
        long position = EventPosition.of(token);
        mongo.insert(new FundingCallDocument(event.callId().value(), event.tenant().value(), event.fund(),
                event.round(), event.year(), event.budget().currency(), text(event.budget()), text(event.opensOn()),
                text(event.closesOn()), event.criteria(), null, List.of(), position, version, position));
    }

    @EventHandler
    void on(FundingCallClosed event, @SequenceNumber long version, TrackingToken token) {
        apply(event.callId(), version, token, call -> call.closed(event.closedOn()));
    }

    @EventHandler
    void on(FundingApplicationSubmitted event, @SequenceNumber long version, TrackingToken token) {
        apply(event.callId(), version, token, call -> call.withApplication(new ApplicationEntry(
                event.applicationId().value(), event.kind(), event.title(), event.applicantUnitId().value(),
                event.initiativeId() == null ? null : event.initiativeId().value(), text(event.requested()),
                text(event.submittedOn()), ApplicationStatus.SUBMITTED, null, null, null, null, null, null, null,
                null, List.of())));
    }

    @EventHandler
    void on(FundingApplicationAssessed event, @SequenceNumber long version, TrackingToken token) {
        apply(event.callId(), version, token, call -> call.withApplication(event.applicationId().value(),
                a -> a.withAssessment(event.assessment(), event.score(), event.recommendation(), event.assessedBy(),
                        event.assessedOn())));
    }

    @EventHandler
    void on(FundingApplicationGranted event, @SequenceNumber long version, TrackingToken token) {
        apply(event.callId(), version, token, call -> call.withApplication(event.applicationId().value(),
                a -> a.withGrant(event.amount(), event.decidedOn())));
    }

    @EventHandler
    void on(FundingApplicationRejected event, @SequenceNumber long version, TrackingToken token) {
        apply(event.callId(), version, token, call -> call.withApplication(event.applicationId().value(),
                a -> a.withRejection(event.reason(), event.decidedOn())));
    }

    @EventHandler
    void on(GrantFollowUpReported event, @SequenceNumber long version, TrackingToken token) {
        FollowUpEntry followUp = new FollowUpEntry(text(event.reportedOn()), event.text(), event.status(),
                text(event.spent()));
        apply(event.callId(), version, token, call -> call.withApplication(event.applicationId().value(),
                a -> a.withFollowUp(followUp)));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), FundingCallDocument.class);
    }

    @QueryHandler
    Optional<FundingCallView> handle(FindFundingCall query) {
        return Optional.ofNullable(mongo.findById(query.callId().value(), FundingCallDocument.class))
                .filter(call -> call.tenant().equals(query.tenant().value()))
                .map(FundingCallDocument::toView);
    }

    @QueryHandler
    List<FundingCallSummary> handle(FetchFundingCalls query) {
        return calls(query.tenant().value(), query.year(), query.fund()).stream()
                .map(FundingCallDocument::toSummary).toList();
    }

    @QueryHandler
    FundingReport handle(FetchFundingReport query) {
        return FundingReports.of(query, calls(query.tenant().value(), query.year(), query.fund()));
    }

    /** The tenant's calls only: a fund's figures are its region's business. */
    private List<FundingCallDocument> calls(String tenant, Integer year, String fund) {
        Criteria criteria = Criteria.where("tenant").is(tenant);
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (fund != null) {
            criteria = criteria.and("fund").is(fund);
        }
        return mongo.find(Query.query(criteria).with(CALL_ORDER), FundingCallDocument.class);
    }

    /**
     * Applies the change with the event's sequence number and position, unless the call has seen that event: the
     * call's own sequence orders its events exactly, the token position need not (gap fills). The replacement is
     * conditional on the version read, so a redelivery racing this one changes nothing either.
     */
    private void apply(FundingCallId callId, long version, TrackingToken token,
                       UnaryOperator<FundingCallDocument> change) {
        FundingCallDocument call = mongo.findById(callId.value(), FundingCallDocument.class);
        if (call == null || call.version() >= version) {
            return;
        }
        FundingCallDocument changed = change.apply(call).at(version, EventPosition.of(token));
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(callId.value()).and("version").is(call.version())),
                changed);
    }
}
