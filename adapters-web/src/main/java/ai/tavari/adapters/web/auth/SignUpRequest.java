package ai.tavari.adapters.web.auth;

public record SignUpRequest(String email, String password, String businessName) {
    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", businessName=" + businessName + "]";
    }
}
