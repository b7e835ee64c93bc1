package ai.tavari.application.port.in.auth;

import ai.tavari.domain.business.Business;
import ai.tavari.domain.user.User;

public record Account(User user, Business business) {
}
