package com.soundforge.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Adds the error answers every API operation can give, all in the {@code ApiError} shape, to the OpenAPI document. */
@Component
class ErrorAnswersInOpenApi implements OpenApiCustomizer {

    private static final String SCHEMA = "ApiError";

    private static final Map<String, String> EVERY_OPERATION = answers(
            "400", "A malformed request: a query parameter of the wrong type, a refused character in the path",
            "401", "No credentials, or wrong ones",
            "406", "The client accepts no JSON: this API answers only in JSON",
            "422", "Invalid input, such as a NUL or other control character in a parameter",
            "429", "Too many requests (see Retry-After)");

    private static final Map<String, String> WITH_A_BODY = answers(
            "413", "The body is too large (JSON bodies: 1 MB; uploads: sfa.upload.max-size)",
            "415", "The body is not of a supported media type");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(SCHEMA, apiErrorSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    add(operation, EVERY_OPERATION);
                    if (operation.getRequestBody() != null) {
                        add(operation, WITH_A_BODY);
                    }
                }));
    }

    private static void add(Operation operation, Map<String, String> answers) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        answers.forEach((status, description) -> operation
                .getResponses()
                .putIfAbsent(
                        status,
                        new ApiResponse()
                                .description(description)
                                .content(new Content()
                                        .addMediaType(
                                                "application/json",
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + SCHEMA))))));
    }

    private static Schema<?> apiErrorSchema() {
        Schema<?> detail = new ObjectSchema()
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("code", new StringSchema().example("invalid"))
                .addProperty(
                        "message", new StringSchema().example("The parameter search contains a control character"));
        return new ObjectSchema()
                .addProperty("error", detail)
                .description("The one error shape of the API: a stable code for programs, a message for people");
    }

    private static Map<String, String> answers(String... statusAndDescription) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < statusAndDescription.length; i += 2) {
            answers.put(statusAndDescription[i], statusAndDescription[i + 1]);
        }
        return answers;
    }
}
