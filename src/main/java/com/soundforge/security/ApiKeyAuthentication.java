package com.soundforge.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated with an API key ({@code Authorization: Bearer sfa_…}); it acts as the key's owner. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final UserAccount owner;

    ApiKeyAuthentication(UserAccount owner) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + owner.role().name())));
        this.owner = owner;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public UserAccount getPrincipal() {
        return owner;
    }

    @Override
    public String getName() {
        return owner.username();
    }
}
