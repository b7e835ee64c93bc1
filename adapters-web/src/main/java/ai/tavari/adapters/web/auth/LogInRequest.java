package ai.tavari.adapters.web.auth;

public record LogInRequest(String email, String password) {
    @Override
    public String toString() {
        return "LogInRequest[email=" + email + "]";
    }
}
