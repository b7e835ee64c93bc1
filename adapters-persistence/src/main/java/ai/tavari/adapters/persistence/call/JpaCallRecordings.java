package ai.tavari.adapters.persistence.call;

import ai.tavari.application.port.out.CallRecordings;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The {@code recording_url} of a call's row, which the telephony adapter fills in when a recording is ready. */
@ApplicationScoped
public class JpaCallRecordings implements CallRecordings {
    private static final String RECORDING_URL = "SELECT recording_url FROM call_sessions"
            + " WHERE id = ?1 AND business_id = ?2 AND recording_url IS NOT NULL";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaCallRecordings() {
    }

    public JpaCallRecordings(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<String> recordingUrl(BusinessId businessId, CallId callId) {
        return em.createNativeQuery(RECORDING_URL)
                .setParameter(1, callId.value())
                .setParameter(2, businessId.value())
                .getResultStream().findFirst().map(Object::toString);
    }

    @Override
    public void attach(BusinessId businessId, CallId callId, String url) {
        em.createNativeQuery("UPDATE call_sessions SET recording_url = ?1 WHERE id = ?2 AND business_id = ?3")
                .setParameter(1, url)
                .setParameter(2, callId.value())
                .setParameter(3, businessId.value())
                .executeUpdate();
    }
}
