package org.innovationledger.query.integration.webhook;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A subscription's signing secret in the Standard Webhooks form: {@code whsec_} followed by the base64 of 24 to 64
 * random bytes. The bytes (not the text) are the HMAC key. {@link #toString()} never shows it, so it cannot end up in
 * a log by accident.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private final byte[] key;

    private WebhookSecret(String text, byte[] key) {
        this.text = text;
        this.key = key;
    }

    public static WebhookSecret generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key), key);
    }

    /** A secret as a client gives it; anything but {@code whsec_<base64 of 24..64 bytes>} is refused. */
    public static WebhookSecret parse(String text) {
        String refusal = "secret must be " + PREFIX + " followed by the base64 of " + MIN_BYTES + " to " + MAX_BYTES
                + " random bytes (Standard Webhooks), or left out to have one generated";
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException(refusal);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(refusal);
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException(refusal + "; this one has " + key.length + " bytes");
        }
        return new WebhookSecret(text, key);
    }

    /** The text form, {@code whsec_...}: stored, and shown once to whoever created or rotated it. */
    public String reveal() {
        return text;
    }

    byte[] key() {
        return Arrays.copyOf(key, key.length);
    }

    @Override
    public String toString() {
        return PREFIX + "***";
    }
}
