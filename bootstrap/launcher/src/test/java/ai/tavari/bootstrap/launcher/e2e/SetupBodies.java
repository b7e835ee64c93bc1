package ai.tavari.bootstrap.launcher.e2e;

/** Valid bodies of the five setup steps, for tests to send as they are or to vary. */
final class SetupBodies {
    private SetupBodies() {
    }

    static String businessInfo(String name, String phone, String country, String timeZone) {
        return """
                {"name":"%s","phone":"%s",%s"timeZone":"%s","industry":"Hair salon","address":"12 Main Street"}"""
                .formatted(name, phone, country == null ? "" : "\"country\":\"" + country + "\",", timeZone);
    }

    static String businessInfo() {
        return businessInfo("Bella Hair", "(415) 555-0123", "US", "America/Los_Angeles");
    }

    static String greetingAndVoice(String agentName, String voice) {
        return """
                {"agentName":"%s","greeting":"Hi, this is %s at Bella Hair. How can I help?","voice":"%s",
                 "language":"en-US","instructions":"Be warm and brief."}""".formatted(agentName, agentName, voice);
    }

    static String greetingAndVoice() {
        return greetingAndVoice("Mia", "coral");
    }

    static String hours(String afterHours) {
        return """
                {"weekly":{"monday":[{"opens":"09:00","closes":"17:00"}],"tuesday":[{"opens":"09:00","closes":"17:00"}],
                           "friday":[{"opens":"09:00","closes":"12:00"},{"opens":"13:00","closes":"17:00"}],
                           "saturday":[{"opens":"22:00","closes":"02:00"}],"sunday":[]},
                 "holidays":[{"date":"2026-12-25","label":"Christmas"}],
                 "afterHours":"%s"}""".formatted(afterHours);
    }

    static String hours() {
        return hours("TAKE_MESSAGE");
    }

    static String faqs() {
        return """
                {"faqs":[{"question":"Do you have parking?","answer":"Yes, behind the shop."},
                         {"question":"Do you take walk-ins?","answer":"Yes, when a chair is free."}]}""";
    }

    static String messageSettings(String email) {
        return """
                {"fieldsToCollect":["CALLER_NAME","CALLBACK_NUMBER","REASON"],"notificationEmail":"%s",
                 "smsNumber":"(415) 555-0199","urgentKeywords":["emergency","flood"]}""".formatted(email);
    }

    static String messageSettings() {
        return messageSettings("owner@bella.example");
    }
}
