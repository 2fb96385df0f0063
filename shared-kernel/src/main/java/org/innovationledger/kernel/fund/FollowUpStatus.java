package org.innovationledger.kernel.fund;

/** Where a granted project stands at a follow-up ("uppföljning av projektens utveckling"). */
public enum FollowUpStatus {
    ON_TRACK,
    DELAYED,
    COMPLETED,
    DISCONTINUED
}
