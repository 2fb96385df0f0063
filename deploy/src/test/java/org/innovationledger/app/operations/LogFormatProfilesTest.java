package org.innovationledger.app.operations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.test.context.support.TestPropertySourceUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each assembly's own configuration (the all-in-one's application.yml, command-service.yml, query-service.yml and
 * what they import) logs JSON under the production profiles and plain lines on the embedded default.
 */
class LogFormatProfilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"application", "command-service", "query-service"})
    void jsonInProductionPlainOtherwise(String assembly) {
        assertThat(format(assembly)).as("embedded default").isNull();
        assertThat(format(assembly, "postgres")).isEqualTo("ecs");
        assertThat(format(assembly, "axonserver")).isEqualTo("ecs");
        assertThat(environment(assembly, "postgres").getProperty("spring.main.banner-mode")).isEqualTo("off");
        assertThat(environment(assembly).getProperty("logging.pattern.correlation"))
                .contains("%X{correlationId}", "%X{principal}");
    }

    private static String format(String assembly, String... profiles) {
        return environment(assembly, profiles).getProperty("logging.structured.format.console");
    }

    private static StandardEnvironment environment(String assembly, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        // only the assembly's files: not the test users' config/application.yml, nor the machine's variables
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment,
                "spring.config.name=" + assembly, "spring.config.location=classpath:/");
        ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(),
                new DefaultBootstrapContext(), profiles);
        return environment;
    }
}
