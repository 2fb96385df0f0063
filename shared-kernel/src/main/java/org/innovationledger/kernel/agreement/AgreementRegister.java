package org.innovationledger.kernel.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the partnership and agreement register, with counts over every agreement that matches the filter.
 *
 * @param total    number of agreements matching the filter, on all pages
 * @param byStatus every status in order, with how many matching agreements have it (also none)
 * @param byType   every type in order, with how many matching agreements have it (also none)
 * @param today    the day "next follow-up" and "expiring within" are counted from (the regions' calendar)
 * @param position highest global event position reflected by the agreements matching the filter
 */
public record AgreementRegister(List<AgreementView> agreements,
                                int page,
                                int size,
                                long total,
                                List<StatusCount> byStatus,
                                List<TypeCount> byType,
                                LocalDate today,
                                long position) {

    public record StatusCount(AgreementStatus status, int count) {
    }

    public record TypeCount(AgreementType type, int count) {
    }
}
