package ai.tavari.application.service.notification;

import java.util.List;

/** The small HTML the e-mails need: escaped text, paragraphs, a table of facts and a link. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String paragraph(String text) {
        return "<p>" + escape(text).replace("\n", "<br>") + "</p>";
    }

    static String facts(List<String[]> rows) {
        StringBuilder table = new StringBuilder("<table cellpadding=\"4\" style=\"border-collapse:collapse\">");
        for (String[] row : rows) {
            table.append("<tr><th align=\"left\" valign=\"top\">").append(escape(row[0]))
                    .append("</th><td>").append(escape(row[1])).append("</td></tr>");
        }
        return table.append("</table>").toString();
    }

    static String link(String url, String label) {
        return "<p><a href=\"" + escape(url) + "\">" + escape(label) + "</a></p>";
    }

    static String page(String body) {
        return "<!DOCTYPE html><html><body style=\"font-family:sans-serif\">" + body + "</body></html>";
    }
}
