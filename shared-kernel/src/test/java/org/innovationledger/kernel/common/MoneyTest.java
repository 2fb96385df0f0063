package org.innovationledger.kernel.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amountsAreExactToTheOreAndNeverMixCurrencies() {
        assertThat(Money.of("15000000", "SEK").plus(Money.of("0.50", "SEK"))).isEqualTo(Money.of("15000000.50", "SEK"));
        assertThat(Money.of("10", "SEK").minus(Money.of("12.25", "SEK")).isNegative()).isTrue();
        assertThat(Money.of("1.5", "SEK").amount()).isEqualByComparingTo(new BigDecimal("1.50"));
        assertThat(Money.of("2.00", "DKK")).isEqualTo(Money.of("2", "DKK"));
        assertThatThrownBy(() -> Money.of("1", "SEK").plus(Money.of("1", "DKK")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.005", "SEK")).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> Money.of("1", "XXX")).hasMessageContaining("currency");
        assertThatThrownBy(() -> new Money(null, "SEK")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAndWritesAsAmountAndCurrency() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String written = json.writeValueAsString(Money.of("258620.69", "SEK"));
        assertThat(written).isEqualTo("{\"amount\":258620.69,\"currency\":\"SEK\"}");
        assertThat(json.readValue(written, Money.class)).isEqualTo(Money.of("258620.69", "SEK"));
    }
}
