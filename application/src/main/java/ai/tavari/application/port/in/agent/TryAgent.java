package ai.tavari.application.port.in.agent;

import ai.tavari.domain.business.BusinessId;

/**
 * The owner chats with their agent as a caller would, in text, to try it out: same instructions,
 * same tools and answers as on the phone, but nothing is stored, transferred or sent.
 */
public interface TryAgent {
    TrialReply chat(BusinessId businessId, TrialMessage message);
}
