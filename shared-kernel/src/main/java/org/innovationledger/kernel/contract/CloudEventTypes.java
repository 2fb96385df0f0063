package org.innovationledger.kernel.contract;

import org.axonframework.serialization.Revision;

/**
 * How the ledger names its event types to the outside (issue 8): the CloudEvents {@code type} of an event record
 * is {@code org.innovationledger.<concept>.<SimpleName>.v<revision>}, e.g.
 * {@code org.innovationledger.initiative.GateDecisionRecorded.v1}, where the concept is the kernel package the
 * record lives in. The same name is the AMQP routing key (so a binding {@code org.innovationledger.initiative.#}
 * takes every initiative event) and, behind {@link #SCHEMA_PREFIX}, the JSON Schema's {@code $id}.
 */
public final class CloudEventTypes {

    public static final String PREFIX = "org.innovationledger.";
    private static final String KERNEL_PACKAGE = "org.innovationledger.kernel.";
    /** The {@code $id} of an event's JSON Schema and the CloudEvents {@code dataschema}: this plus the type. */
    public static final String SCHEMA_PREFIX = "urn:innovation-ledger:schema:";

    private CloudEventTypes() {
    }

    /** The CloudEvents type of an event record; the record must be a kernel record with a {@code @Revision}. */
    public static String of(Class<?> eventType) {
        String pkg = eventType.getPackageName();
        if (!pkg.startsWith(KERNEL_PACKAGE) || pkg.indexOf('.', KERNEL_PACKAGE.length()) >= 0) {
            throw new IllegalArgumentException(eventType.getName() + " is not an event of the shared kernel");
        }
        return PREFIX + pkg.substring(KERNEL_PACKAGE.length()) + "." + eventType.getSimpleName() + ".v"
                + revision(eventType);
    }

    /** The record's {@code @Revision}. */
    public static String revision(Class<?> eventType) {
        Revision revision = eventType.getAnnotation(Revision.class);
        if (revision == null) {
            throw new IllegalArgumentException(eventType.getName() + " has no @Revision: not a published event");
        }
        return revision.value();
    }

    /** The schema id (and CloudEvents dataschema) of an event record. */
    public static String schemaId(Class<?> eventType) {
        return SCHEMA_PREFIX + of(eventType);
    }
}
