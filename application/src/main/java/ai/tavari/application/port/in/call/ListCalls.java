package ai.tavari.application.port.in.call;

import ai.tavari.application.port.out.CallSummary;
import ai.tavari.application.port.out.Page;
import ai.tavari.domain.business.BusinessId;
import java.util.Optional;

/** The owner's call list, newest first, one page at a time. */
public interface ListCalls {
    /**
     * A page of the business's calls matching {@code filter}: {@code limit} calls at most (capped at
     * {@link ai.tavari.application.port.out.CallQuery#MAX_LIMIT}) after {@code cursor}, the
     * {@link Page#nextCursor()} of the previous page.
     *
     * @throws ai.tavari.application.validation.InvalidCommandException naming {@code to},
     *         {@code limit} or {@code cursor} when the range is empty, the limit is not positive or
     *         the cursor is not one this service issued
     */
    Page<CallSummary> list(BusinessId businessId, CallFilter filter, Optional<String> cursor, int limit);
}
