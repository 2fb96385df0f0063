package org.innovationledger.query.infra.replay;

/**
 * A processing group that delivers events to the outside (webhooks, AMQP) instead of building a read model. A
 * replay never rebuilds such a group: replaying it would send every event out again. A bean implementing this
 * names the group; the replay API leaves it out of "all" and refuses it by name.
 */
public interface DeliveryProcessingGroup {

    String processingGroup();
}
