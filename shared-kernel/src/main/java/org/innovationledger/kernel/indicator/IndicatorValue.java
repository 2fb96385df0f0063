package org.innovationledger.kernel.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * What one unit reported for an indicator: a yes/no {@code answer} or a {@code number}, exactly one of them. In
 * JSON it is the bare value, {@code true} or {@code 2.6}: numbers are read from their text, exactly, never through
 * a double. Whether the value suits the indicator (a boolean for BOOLEAN_SHARE, 1.0-5.0 for SCALE_1_5, a whole
 * number of zero or more for COUNT) is the reporting period's rule, since only it knows the indicator.
 * <p>
 * Numbers are kept in one canonical form (no trailing zeros: 2.50 is 2.5, 3.0 is 3), with at most
 * {@value #MAX_DECIMALS} decimals and {@value #MAX_DIGITS} significant digits.
 */
@JsonDeserialize(using = IndicatorValue.Reader.class)
public record IndicatorValue(Boolean answer, BigDecimal number) {

    public static final int MAX_DECIMALS = 6;
    public static final int MAX_DIGITS = 15;

    public IndicatorValue {
        if ((answer == null) == (number == null)) {
            throw new IllegalArgumentException("a value is either a yes/no answer or a number");
        }
        number = number == null ? null : canonical(number, "value");
    }

    public static IndicatorValue of(boolean answer) {
        return new IndicatorValue(answer, null);
    }

    public static IndicatorValue of(BigDecimal number) {
        return new IndicatorValue(null, number);
    }

    public static IndicatorValue of(String number) {
        return of(new BigDecimal(number));
    }

    public boolean isAnswer() {
        return answer != null;
    }

    /** The JSON form: the answer or the number itself. */
    @JsonValue
    public Object json() {
        return answer != null ? answer : number;
    }

    @Override
    public String toString() {
        return answer != null ? answer.toString() : number.toPlainString();
    }

    /** The number without trailing zeros and never in exponent form; refused when too precise or too large. */
    static BigDecimal canonical(BigDecimal number, String field) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        if (stripped.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(field + " has more than " + MAX_DECIMALS + " decimals: "
                    + number.toPlainString());
        }
        if (stripped.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException(field + " has more than " + MAX_DIGITS + " digits: "
                    + number.toPlainString());
        }
        return stripped;
    }

    /** Reads {@code true}, {@code false} or a number, exactly as written; anything else is refused. */
    static final class Reader extends JsonDeserializer<IndicatorValue> {

        @Override
        public IndicatorValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            try {
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    return of(token == JsonToken.VALUE_TRUE);
                }
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    return of(new BigDecimal(parser.getText()));
                }
                throw new IllegalArgumentException("value must be true, false or a number, got: "
                        + (token == null ? "nothing" : parser.getText()));
            } catch (IllegalArgumentException refused) {
                throw ValueInstantiationException.from(parser, refused.getMessage(),
                        context.constructType(IndicatorValue.class), refused);
            }
        }
    }
}
