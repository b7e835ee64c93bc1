package ai.tavari.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void plainCellsStayAsTheyAre() {
        assertThat(Csv.cell("Olivia")).isEqualTo("Olivia");
        assertThat(Csv.cell(42)).isEqualTo("42");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithInnerQuotesDoubled() {
        assertThat(Csv.cell("Smith, Jane")).isEqualTo("\"Smith, Jane\"");
        assertThat(Csv.cell("She said \"hi\"")).isEqualTo("\"She said \"\"hi\"\"\"");
        assertThat(Csv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(Csv.cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    void formulasBecomeText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(Csv.cell("+1+cmd")).isEqualTo("'+1+cmd");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("=1,2")).isEqualTo("\"'=1,2\"");
    }

    @Test
    void phoneNumbersAreNotMistakenForFormulas() {
        assertThat(Csv.cell("+14155550123")).isEqualTo("+14155550123");
        assertThat(Csv.cell("+1 415 555 0123")).isEqualTo("'+1 415 555 0123");
    }

    @Test
    void rowsEndWithCrLf() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Csv csv = new Csv(bytes);
        csv.row(List.of("a", "b"));
        csv.row(Arrays.asList("Zoë", null, "x,y"));
        csv.close();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\nZoë,,\"x,y\"\r\n");
    }

    @Test
    void attachmentNamesOnlySafeFiles() {
        assertThat(Csv.attachment("tavari-calls-2026-11-25.csv")).isEqualTo("attachment; filename=\"tavari-calls-2026-11-25.csv\"");
        assertThatThrownBy(() -> Csv.attachment("a\"b.csv")).isInstanceOf(IllegalArgumentException.class);
    }
}
