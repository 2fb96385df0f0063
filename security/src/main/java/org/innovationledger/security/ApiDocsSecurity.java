package org.innovationledger.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API docs say how to authenticate, so "Try it out" in Swagger UI works with a local user or a token. */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    @Bean
    OpenApiCustomizer ledgerSecuritySchemes() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                            .scheme("bearer").bearerFormat("JWT"));
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
            openApi.addSecurityItem(new SecurityRequirement().addList("bearer"));
        };
    }
}
