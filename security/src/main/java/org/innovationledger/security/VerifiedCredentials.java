package org.innovationledger.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a user name and password with the slow hash once, then remembers the verified pair for a while, so
 * that HTTP Basic (credentials on every request) does not cost a bcrypt round per call. Pairs are remembered
 * only as an HMAC under a key that lives and dies with this process; failed attempts are never remembered.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider slowCheck;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] processKey = new byte[32];
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    private record Remembered(Authentication authentication, Instant until) {
    }

    VerifiedCredentials(AuthenticationProvider slowCheck, Duration ttl, Clock clock) {
        this.slowCheck = slowCheck;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(processKey);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!(attempt.getCredentials() instanceof String password) || ttl.isZero()) {
            return slowCheck.authenticate(attempt);
        }
        String key = fingerprint(attempt.getName(), password);
        Instant now = clock.instant();
        Remembered known = verified.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication result = slowCheck.authenticate(attempt);
        if (result != null && result.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            Authentication withoutPassword = UsernamePasswordAuthenticationToken.authenticated(
                    result.getPrincipal(), null, result.getAuthorities());
            verified.put(key, new Remembered(withoutPassword, now.plus(ttl)));
            return withoutPassword;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return slowCheck.supports(authentication);
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(processKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((name + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
