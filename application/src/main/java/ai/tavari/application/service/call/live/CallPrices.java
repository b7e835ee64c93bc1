package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.domain.call.CostBreakdown;
import ai.tavari.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a call costs us: AI tokens at per-million prices (in major units, e.g. dollars), telephony
 * per minute, both in one currency. Default prices are the speech model's list prices.
 */
public record CallPrices(String currency, BigDecimal audioInputPerMillion, BigDecimal cachedInputPerMillion,
                         BigDecimal textInputPerMillion, BigDecimal audioOutputPerMillion,
                         BigDecimal textOutputPerMillion, BigDecimal telephonyPerMinute) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MINOR_UNITS = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    public CallPrices {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(audioInputPerMillion, "audioInputPerMillion");
        Objects.requireNonNull(cachedInputPerMillion, "cachedInputPerMillion");
        Objects.requireNonNull(textInputPerMillion, "textInputPerMillion");
        Objects.requireNonNull(audioOutputPerMillion, "audioOutputPerMillion");
        Objects.requireNonNull(textOutputPerMillion, "textOutputPerMillion");
        Objects.requireNonNull(telephonyPerMinute, "telephonyPerMinute");
    }

    public static CallPrices defaults() {
        return new CallPrices("USD", new BigDecimal("32.00"), new BigDecimal("0.40"), new BigDecimal("4.00"),
                new BigDecimal("64.00"), new BigDecimal("16.00"), new BigDecimal("0.015"));
    }

    /** The cost of a call that used {@code tokens} and lasted {@code seconds} on the phone. */
    public CostBreakdown cost(TokenTotals tokens, long seconds) {
        BigDecimal ai = perMillion(tokens.inputAudio(), audioInputPerMillion)
                .add(perMillion(tokens.cachedInput(), cachedInputPerMillion))
                .add(perMillion(tokens.inputText(), textInputPerMillion))
                .add(perMillion(tokens.outputAudio(), audioOutputPerMillion))
                .add(perMillion(tokens.outputText(), textOutputPerMillion));
        BigDecimal telephony = telephonyPerMinute.multiply(BigDecimal.valueOf(seconds))
                .divide(SECONDS_PER_MINUTE, 10, RoundingMode.HALF_UP);
        return new CostBreakdown(minor(ai), minor(telephony));
    }

    private Money minor(BigDecimal major) {
        return Money.of(major.multiply(MINOR_UNITS).setScale(0, RoundingMode.HALF_UP).longValueExact(), currency);
    }

    private static BigDecimal perMillion(long tokens, BigDecimal price) {
        return price.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, 10, RoundingMode.HALF_UP);
    }

    /**
     * Tokens used by a whole call; cached input is taken out of the uncached figures so that it is
     * priced once, at the cached price.
     */
    public record TokenTotals(long inputAudio, long inputText, long cachedInput, long outputAudio, long outputText) {
        public static final TokenTotals NONE = new TokenTotals(0, 0, 0, 0, 0);

        public TokenTotals plus(EngineEvent.Usage usage) {
            long cached = usage.cachedInputTokens();
            long audioIn = usage.inputAudioTokens();
            long textIn = usage.inputTextTokens();
            long cachedFromText = Math.min(cached, textIn);
            long cachedFromAudio = Math.min(cached - cachedFromText, audioIn);
            return new TokenTotals(inputAudio + audioIn - cachedFromAudio, inputText + textIn - cachedFromText,
                    cachedInput + cachedFromText + cachedFromAudio, outputAudio + usage.outputAudioTokens(),
                    outputText + usage.outputTextTokens());
        }
    }
}
