package ai.tavari.application.port.out;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import java.util.Optional;

/** Where the telephony provider keeps a call's audio recording, once it reported one. */
public interface CallRecordings {
    /** The recording's URL if the call is one of the business's calls and was recorded. */
    Optional<String> recordingUrl(BusinessId businessId, CallId callId);

    /** Stores where the call's recording is; a later report replaces an earlier one. */
    void attach(BusinessId businessId, CallId callId, String url);
}
