package ai.tavari.adapters.web.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** One opening, "HH:mm" local times; {@code closes} at or before {@code opens} runs past midnight. */
public record OpeningRequest(
        @NotBlank @Pattern(regexp = OpeningRequest.TIME, message = OpeningRequest.TIME_MESSAGE) String opens,
        @NotBlank @Pattern(regexp = OpeningRequest.TIME, message = OpeningRequest.TIME_MESSAGE) String closes) {
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final String TIME_MESSAGE = "must be a time of day such as 09:30";
}
