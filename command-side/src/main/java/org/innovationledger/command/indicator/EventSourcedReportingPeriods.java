package org.innovationledger.command.indicator;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.kernel.indicator.ReportingPeriodId;
import org.springframework.stereotype.Component;

/** Any event under the period's id means the id is taken (the opening is a period's first event). */
@Component
class EventSourcedReportingPeriods implements ReportingPeriods {

    private final EventStore eventStore;

    EventSourcedReportingPeriods(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(ReportingPeriodId periodId) {
        return eventStore.readEvents(periodId.value(), 0).hasNext();
    }
}
