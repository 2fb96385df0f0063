package org.innovationledger.query.integration.feed;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.TreeSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedCursorTest {

    @Test
    void aCursorsTextReadsBackToTheSameCursorAndToken() {
        FeedCursor cursor = FeedCursor.of(GapAwareTrackingToken.newInstance(42, new TreeSet<>(List.of(39L, 40L))));
        assertThat(cursor.toString()).isEqualTo("42~39,40");
        assertThat(FeedCursor.parse("after", "42~39,40")).isEqualTo(cursor);
        assertThat(cursor.token(true)).isEqualTo(GapAwareTrackingToken.newInstance(42, new TreeSet<>(List.of(39L, 40L))));
        assertThat(FeedCursor.parse("after", "42").token(false)).isEqualTo(new GlobalSequenceTrackingToken(42));
        assertThat(FeedCursor.of(new GlobalSequenceTrackingToken(7)).toString()).isEqualTo("7");
    }

    @Test
    void noCursorAndMinusOneAreTheStart() {
        assertThat(FeedCursor.parse("after", null)).isEqualTo(FeedCursor.START);
        assertThat(FeedCursor.parse("after", " ")).isEqualTo(FeedCursor.START);
        assertThat(FeedCursor.parse("after", "-1")).isEqualTo(FeedCursor.START);
        assertThat(FeedCursor.START.token(true)).as("the stream from its first event").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "-2", "12~", "12~x", "12~12", "12~13", "12~-1", "1.5", "12,13", "~3"})
    void anythingElseIsRefusedSayingWhatACursorIs(String text) {
        assertThatThrownBy(() -> FeedCursor.parse("after", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("after is not a feed cursor")
                .hasMessageContaining("1234~1230,1231");
    }
}
