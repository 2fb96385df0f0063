package org.innovationledger.command;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Entry point of the command side as a library: import it into any Spring Boot application
 * (the all-in-one assembly does, and so does the stand-alone command service).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CommandSideConfiguration {
}
