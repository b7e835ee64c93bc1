package ai.tavari.adapters.web.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV in UTF-8: CRLF after every record, a field in double quotes when it holds a
 * comma, a quote, CR or LF, and quotes inside doubled.
 *
 * <p>Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and,
 * in some, a tab or CR) as a formula, so a caller could plant one in a message reason. Such a cell
 * gets a leading {@code '}, which makes it plain text. A phone number such as {@code +14155550123}
 * is left as it is: digits after a plus cannot call a function.
 */
public final class Csv implements AutoCloseable {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final Pattern PHONE_NUMBER = Pattern.compile("^\\+[0-9]{1,15}$");

    private final Writer out;

    public Csv(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    public void row(List<?> cells) throws IOException {
        for (int index = 0; index < cells.size(); index++) {
            if (index > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(index)));
        }
        out.write("\r\n");
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** One field as written: empty for null, guarded against formulas, quoted when needed. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (startsLikeAFormula(text) && !PHONE_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** {@code attachment; filename="name"}, for a name of plain ASCII letters, digits, dots and dashes. */
    public static String attachment(String fileName) {
        if (!fileName.matches("^[A-Za-z0-9._-]+$")) {
            throw new IllegalArgumentException("unsafe file name " + fileName);
        }
        return "attachment; filename=\"" + fileName + "\"";
    }
}
