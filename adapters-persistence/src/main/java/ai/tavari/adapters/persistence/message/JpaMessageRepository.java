package ai.tavari.adapters.persistence.message;

import ai.tavari.adapters.persistence.support.ConstraintViolations;
import ai.tavari.adapters.persistence.support.Timestamps;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.application.port.out.MessageRepository;
import ai.tavari.application.port.out.Page;
import ai.tavari.application.port.out.PageCursor;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.shared.MessageId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {
    /** The composite key that keeps a message's call within its business. */
    static final String CALL_KEY = "messages_call_id_business_id_fkey";

    @PersistenceContext(unitName = "tavari")
    EntityManager em;

    protected JpaMessageRepository() {
    }

    public JpaMessageRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Message message) {
        MessageEntity row = new MessageEntity();
        MessageMapper.copyInto(message, row);
        em.persist(row);
        write(message);
    }

    @Override
    public void update(Message message) {
        MessageEntity row = em.find(MessageEntity.class, message.id().value());
        if (row == null || !row.businessId.equals(message.businessId().value())) {
            throw new IllegalStateException("no message " + message.id() + " of business " + message.businessId());
        }
        MessageMapper.copyInto(message, row);
        write(message);
    }

    @Override
    public Optional<Message> findById(BusinessId businessId, MessageId id) {
        return em.createQuery("select m from MessageEntity m where m.id = :id and m.businessId = :businessId",
                        MessageEntity.class)
                .setParameter("id", id.value())
                .setParameter("businessId", businessId.value())
                .getResultStream().findFirst().map(MessageMapper::toDomain);
    }

    @Override
    public Page<Message> list(BusinessId businessId, MessageQuery query) {
        StringBuilder where = new StringBuilder(" where m.businessId = :businessId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("businessId", businessId.value());
        if (query.unreadOnly()) {
            where.append(" and m.readAt is null");
        }
        query.from().ifPresent(from -> {
            where.append(" and m.createdAt >= :from");
            parameters.put("from", Timestamps.toColumn(from));
        });
        query.to().ifPresent(to -> {
            where.append(" and m.createdAt < :to");
            parameters.put("to", Timestamps.toColumn(to));
        });
        query.urgency().ifPresent(urgency -> {
            where.append(" and m.urgency = :urgency");
            parameters.put("urgency", urgency.name());
        });

        TypedQuery<Long> count = em.createQuery("select count(m) from MessageEntity m" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();

        StringBuilder pageWhere = new StringBuilder(where);
        query.position().ifPresent(cursor -> {
            pageWhere.append(" and (m.createdAt < :afterAt or (m.createdAt = :afterAt and m.id < :afterId))");
            parameters.put("afterAt", Timestamps.toColumn(cursor.at()));
            parameters.put("afterId", cursor.id());
        });
        TypedQuery<MessageEntity> page = em.createQuery("select m from MessageEntity m" + pageWhere
                + " order by m.createdAt desc, m.id desc", MessageEntity.class);
        parameters.forEach(page::setParameter);
        List<MessageEntity> rows = page.setMaxResults(query.limit() + 1).getResultList();

        List<MessageEntity> shown = rows.subList(0, Math.min(rows.size(), query.limit()));
        Optional<String> next = Optional.empty();
        if (rows.size() > query.limit()) {
            MessageEntity last = shown.get(shown.size() - 1);
            next = Optional.of(new PageCursor(Timestamps.fromColumn(last.createdAt), last.id).encode());
        }
        return new Page<>(shown.stream().map(MessageMapper::toDomain).toList(), next, total);
    }

    @Override
    public long countUnread(BusinessId businessId) {
        return em.createQuery("select count(m) from MessageEntity m where m.businessId = :businessId and m.readAt is null",
                        Long.class)
                .setParameter("businessId", businessId.value())
                .getSingleResult();
    }

    /** Writes now, inside the caller's transaction, so that the caller's commit makes it durable and rule breaks surface here. */
    private void write(Message message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isForeignKeyViolation(e, CALL_KEY)) {
                throw new IllegalArgumentException("call " + message.callId().map(Object::toString).orElse("")
                        + " is not a call of business " + message.businessId(), e);
            }
            throw e;
        }
    }
}
