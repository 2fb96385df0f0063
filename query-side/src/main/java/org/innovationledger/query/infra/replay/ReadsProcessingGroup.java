package org.innovationledger.query.infra.replay;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a bean whose query handlers read the read models of a processing group but which is not that group's
 * projection (a projection's own query handlers are known by its {@code @ProcessingGroup}). Its queries are then
 * answered from the generation of that group's read models that is being read, also while a replay rebuilds the
 * next one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsProcessingGroup {

    String value();
}
