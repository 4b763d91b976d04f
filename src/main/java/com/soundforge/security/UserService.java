package com.soundforge.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;
    /** Says neither that the name is taken nor that it is free, so registration cannot list accounts. */
    static final String NOT_CREATED =
            "Could not create this account. Choose another username, " + "or sign in if you already have an account.";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public UserAccount register(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username has 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (users.existsByUsername(username)) {
            throw new IllegalArgumentException(NOT_CREATED);
        }
        UUID id = UUID.randomUUID();
        try {
            users.insert(id, username, passwordEncoder.encode(password), role);
        } catch (DuplicateKeyException sameNameAtTheSameTime) {
            throw new IllegalArgumentException(NOT_CREATED);
        }
        return new UserAccount(id, username, role);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    public Optional<UserAccount> findById(UUID id) {
        return users.findById(id);
    }

    /** Every account, by name; for admin screens. */
    public List<UserAccount> all() {
        return users.findAll();
    }

    boolean anyAdminExists() {
        return users.anyAdminExists();
    }
}
