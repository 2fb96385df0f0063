package org.innovationledger.query.integration.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signature, the secret's form and the retry schedule, against the Standard Webhooks 1.0 specification. */
class WebhookSignerTest {

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        // the specification's published example: any Standard Webhooks (or Svix) library verifies what we send
        WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(WebhookSigner.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theSignatureCoversIdTimestampAndBody() {
        WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signature = WebhookSigner.sign(secret, "msg_1", 1614265330L, "{}");
        assertThat(WebhookSigner.sign(secret, "msg_2", 1614265330L, "{}")).isNotEqualTo(signature);
        assertThat(WebhookSigner.sign(secret, "msg_1", 1614265331L, "{}")).isNotEqualTo(signature);
        assertThat(WebhookSigner.sign(secret, "msg_1", 1614265330L, "{ }")).isNotEqualTo(signature);
        assertThat(WebhookSigner.sign(WebhookSecret.generate(), "msg_1", 1614265330L, "{}")).isNotEqualTo(signature);
        assertThatThrownBy(() -> WebhookSigner.sign(secret, "a.b", 1L, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedSecretsAreStandardWebhooksSecretsAndNeverPrinted() {
        WebhookSecret secret = WebhookSecret.generate();
        assertThat(secret.reveal()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.reveal().substring(6))).hasSize(32);
        assertThat(WebhookSecret.parse(secret.reveal()).key()).isEqualTo(secret.key());
        assertThat(WebhookSecret.generate().reveal()).isNotEqualTo(secret.reveal());
        assertThat(secret.toString()).isEqualTo("whsec_***").doesNotContain(secret.reveal().substring(6));
    }

    @Test
    void refusesSecretsOfAnotherForm() {
        String tooShort = "whsec_" + Base64.getEncoder().encodeToString(new byte[23]);
        String tooLong = "whsec_" + Base64.getEncoder().encodeToString(new byte[65]);
        for (String bad : new String[]{"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_not base64!", tooShort, tooLong, ""}) {
            assertThatThrownBy(() -> WebhookSecret.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("whsec_");
        }
        assertThat(WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(new byte[64])).key()).hasSize(64);
    }

    @Test
    void backsOffExponentiallyUpToTheMaximumThenGivesUp() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), 2, Duration.ofHours(1), 10);
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(10)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(backoff.delayAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.exhausted(9)).isFalse();
        assertThat(backoff.exhausted(10)).isTrue();
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ofHours(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofHours(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrlsWithoutCredentials() {
        assertThat(WebhookSubscriptions.url(" https://receiver.example.org/hook?x=1 "))
                .isEqualTo("https://receiver.example.org/hook?x=1");
        assertThat(WebhookSubscriptions.url("http://127.0.0.1:8089/events")).isEqualTo("http://127.0.0.1:8089/events");
        for (String bad : new String[]{"ftp://example.org/x", "/relative", "example.org/hook", "https://",
                "https://user:pw@example.org/", "https://example.org/#frag", "https://exa mple.org/", "javascript:x",
                "file:///etc/passwd", " "}) {
            assertThatThrownBy(() -> WebhookSubscriptions.url(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
