package com.soundforge.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI soundForgeApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Sound Forge Alchemy API")
                        .version("v1")
                        .description("Tracks, URL imports, pipeline jobs and API keys. Authenticate with an API key "
                                + "as Bearer token (make one under Settings or with POST /api/v1/api-keys and your "
                                + "password). Live job progress: the Phoenix channel socket at /socket/websocket."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An SFA API key (sfa_…)"))
                        .addSecuritySchemes(
                                "password",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("password"));
    }
}
