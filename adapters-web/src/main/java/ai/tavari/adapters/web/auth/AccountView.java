package ai.tavari.adapters.web.auth;

import ai.tavari.application.port.in.auth.Account;

public record AccountView(UserView user, BusinessView business) {
    static AccountView of(Account account) {
        return new AccountView(UserView.of(account.user()), BusinessView.of(account.business()));
    }
}
