package ai.tavari.application.port.in.demo;

import ai.tavari.domain.business.BusinessId;
import java.util.Objects;

/** What {@link LoadDemoData} did: created the demo business now, or found it from an earlier start. */
public record DemoLoad(BusinessId businessId, boolean created, int calls, int messages) {
    public DemoLoad {
        Objects.requireNonNull(businessId, "businessId");
    }
}
