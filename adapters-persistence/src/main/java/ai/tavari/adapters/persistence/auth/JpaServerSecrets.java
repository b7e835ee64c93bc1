package ai.tavari.adapters.persistence.auth;

import ai.tavari.application.port.out.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Insert-if-absent, then read: whichever instance inserts first wins and every other instance
 * reads that value. Runs in its own transaction so a caller's rollback never loses the secret
 * an instance has already started to use.
 */
@ApplicationScoped
public class JpaServerSecrets implements ServerSecrets {
    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaServerSecrets() {
    }

    public JpaServerSecrets(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] getOrCreate(String name, Supplier<byte[]> generator) {
        em.createNativeQuery("INSERT INTO server_secrets (name, secret, created_at) VALUES (?1, ?2, now()) "
                        + "ON CONFLICT (name) DO NOTHING")
                .setParameter(1, name)
                .setParameter(2, generator.get())
                .executeUpdate();
        return (byte[]) em.createNativeQuery("SELECT secret FROM server_secrets WHERE name = ?1")
                .setParameter(1, name)
                .getSingleResult();
    }
}
