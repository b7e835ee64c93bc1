package ai.tavari.adapters.persistence.number;

import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.BusinessNumbers;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@code business_numbers}: unique both ways, so a number never reaches two businesses. */
@ApplicationScoped
public class JpaBusinessNumbers implements BusinessNumbers {
    private static final String ASSIGN = "INSERT INTO business_numbers (phone_number, business_id, assigned_at)"
            + " VALUES (?1, ?2, CAST(?3 AS timestamptz)) ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaBusinessNumbers() {
    }

    public JpaBusinessNumbers(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<BusinessId> businessFor(PhoneNumber number) {
        return em.createNativeQuery("SELECT business_id FROM business_numbers WHERE phone_number = ?1")
                .setParameter(1, number.e164())
                .getResultStream().findFirst()
                .map(id -> new BusinessId((UUID) id));
    }

    @Override
    public Optional<PhoneNumber> numberOf(BusinessId businessId) {
        return em.createNativeQuery("SELECT phone_number FROM business_numbers WHERE business_id = ?1")
                .setParameter(1, businessId.value())
                .getResultStream().findFirst()
                .map(number -> PhoneNumber.of(number.toString()));
    }

    @Override
    public boolean assign(BusinessId businessId, PhoneNumber number, Instant at) {
        int inserted = em.createNativeQuery(ASSIGN)
                .setParameter(1, number.e164())
                .setParameter(2, businessId.value())
                .setParameter(3, Timestamps.toColumnMicros(at))
                .executeUpdate();
        return inserted == 1 || numberOf(businessId).filter(number::equals).isPresent();
    }

    @Override
    public void unassign(BusinessId businessId, PhoneNumber number) {
        em.createNativeQuery("DELETE FROM business_numbers WHERE business_id = ?1 AND phone_number = ?2")
                .setParameter(1, businessId.value())
                .setParameter(2, number.e164())
                .executeUpdate();
    }
}
