package org.innovationledger.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Entry point of the query side as a library: projections into MongoDB and the query API.
 * Imported by the all-in-one assembly and by the stand-alone query service.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class QuerySideConfiguration {
}
