package org.innovationledger.command.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VersionsTest {

    @Test
    void strongEtagIsParsed() {
        assertThat(Versions.fromIfMatch("\"3\"")).isEqualTo(3L);
    }

    @Test
    void weakListedOrNegativeEtagsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Versions.fromIfMatch("W/\"3\""));
        assertThatIllegalArgumentException().isThrownBy(() -> Versions.fromIfMatch("\"3\", \"4\""));
        assertThatIllegalArgumentException().isThrownBy(() -> Versions.fromIfMatch("\"-1\""));
    }

    @Test
    void bareNumberIsParsed() {
        assertThat(Versions.fromIfMatch("3")).isEqualTo(3L);
        assertThat(Versions.fromIfMatch(" \"12\" ")).isEqualTo(12L);
    }

    @Test
    void absentHeaderOrWildcardSkipsTheCheck() {
        assertThat(Versions.fromIfMatch(null)).isNull();
        assertThat(Versions.fromIfMatch("")).isNull();
        assertThat(Versions.fromIfMatch("*")).isNull();
        assertThat(Versions.fromIfMatch(" * ")).isNull();
    }

    @Test
    void nonNumericEtagIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Versions.fromIfMatch("abc"))
                .withMessageContaining("abc");
        assertThatIllegalArgumentException().isThrownBy(() -> Versions.fromIfMatch("\"abc\""));
    }

    @Test
    void etagRoundTrips() {
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
        assertThat(Versions.fromIfMatch(Versions.etag(41))).isEqualTo(41L);
    }
}
