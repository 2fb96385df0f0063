package org.innovationledger.query.infra.asof;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the processing group(s) whose documents a bean's query handlers read, for a bean that has query handlers
 * but is not itself a projection (a projection's own handlers read its group). An answer as of an earlier position
 * replays exactly these groups; a query bean without either cannot be answered as of a position.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnswersFrom {

    /** Processing group names, as in {@code @ProcessingGroup}. */
    String[] value();
}
