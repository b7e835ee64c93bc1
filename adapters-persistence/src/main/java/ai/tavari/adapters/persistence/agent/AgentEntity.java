package ai.tavari.adapters.persistence.agent;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "ai_agents")
public class AgentEntity {
    @Id
    @Column(name = "business_id")
    UUID businessId;
    @Column(name = "agent_name", nullable = false)
    String agentName;
    @Column(nullable = false)
    String greeting;
    @Column(nullable = false)
    String voice;
    @Column(nullable = false)
    String language;
    @Column(name = "persona", nullable = false)
    String instructions;
    @Column(name = "notification_email")
    String notificationEmail;
    @Column(name = "sms_number")
    String smsNumber;
    @Column(name = "transfer_number")
    String transferNumber;
    @Column(name = "transfer_when", nullable = false)
    String transferWhen;
    @Column(name = "after_hours_action", nullable = false)
    String afterHoursAction;
    @Column(name = "saved_steps", nullable = false)
    String savedSteps = "";
    @Column(name = "finalized_at")
    OffsetDateTime finalizedAt;
    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_message_fields", joinColumns = @JoinColumn(name = "business_id"))
    @Column(name = "field")
    List<String> messageFields = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_urgent_keywords", joinColumns = @JoinColumn(name = "business_id"))
    @Column(name = "keyword")
    List<String> urgentKeywords = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_faqs", joinColumns = @JoinColumn(name = "business_id"))
    List<FaqRow> faqs = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_hours", joinColumns = @JoinColumn(name = "business_id"))
    List<HoursRow> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "holiday_closures", joinColumns = @JoinColumn(name = "business_id"))
    List<HolidayRow> holidays = new ArrayList<>();
}
