package ai.tavari.application.port.in.call;

import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.shared.CallId;

public interface GetCall {
    /** @throws ai.tavari.application.port.in.NotFoundException unless the call is one of the business's calls */
    CallDetails get(BusinessId businessId, CallId callId);
}
