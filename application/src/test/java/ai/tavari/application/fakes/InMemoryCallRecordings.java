package ai.tavari.application.fakes;

import ai.tavari.application.port.out.CallRecordings;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Recordings as the telephony adapter would report them; scoped by business like the database. */
public class InMemoryCallRecordings implements CallRecordings {
    private final InMemoryCallSessionRepository calls;
    private final Map<CallId, String> urls = new ConcurrentHashMap<>();

    public InMemoryCallRecordings(InMemoryCallSessionRepository calls) {
        this.calls = calls;
    }

    public void put(CallId callId, String url) {
        urls.put(callId, url);
    }

    @Override
    public void attach(BusinessId businessId, CallId callId, String url) {
        if (calls.isCallOf(businessId, callId)) {
            urls.put(callId, url);
        }
    }

    @Override
    public Optional<String> recordingUrl(BusinessId businessId, CallId callId) {
        return calls.isCallOf(businessId, callId) ? Optional.ofNullable(urls.get(callId)) : Optional.empty();
    }
}
