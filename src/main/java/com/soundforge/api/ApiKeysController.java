package com.soundforge.api;

import com.soundforge.security.ApiKeyService;
import com.soundforge.security.CreatedApiKey;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Creating (password only, see the API filter chain) and revoking the caller's API keys. */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeysController {

    record CreateRequest(String name) {}

    record CreateResponse(UUID id, String name, String key) {}

    private final ApiKeyService keys;
    private final ApiCaller caller;

    ApiKeysController(ApiKeyService keys, ApiCaller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreateResponse create(@RequestBody(required = false) CreateRequest request, Authentication authentication) {
        String name = request == null ? null : request.name();
        TextInputs.requirePlainName("The name", name);
        CreatedApiKey created = keys.create(caller.of(authentication).id(), name);
        return new CreateResponse(created.apiKey().id(), created.apiKey().name(), created.rawKey());
    }

    @DeleteMapping("/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID keyId, Authentication authentication) {
        if (!keys.revoke(caller.of(authentication).id(), keyId)) {
            throw new ApiNotFoundException("You have no API key with this id.");
        }
    }
}
