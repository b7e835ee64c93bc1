package ai.tavari.application.port.in.auth;

public interface GetAccount {
    Account account(Principal principal);
}
