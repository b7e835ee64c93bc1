package ai.tavari.adapters.web.support;

import ai.tavari.application.port.out.Page;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A CSV download of every page of a list, streamed page by page. The caller reads the first page
 * before the download starts, so a bad filter is still a 400 rather than a broken file.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /**
     * @param nextPage the page after a cursor
     * @param row      the cells of one item
     */
    public static <T> Response attachment(String name, Clock clock, List<String> header, Page<T> first,
                                          Function<Optional<String>, Page<T>> nextPage, Function<T, List<?>> row) {
        StreamingOutput body = output -> {
            try (Csv csv = new Csv(output)) {
                csv.row(header);
                Page<T> page = first;
                while (true) {
                    for (T item : page.items()) {
                        csv.row(row.apply(item));
                    }
                    csv.flush();
                    if (page.nextCursor().isEmpty()) {
                        break;
                    }
                    page = nextPage.apply(page.nextCursor());
                }
            }
        };
        String fileName = "tavari-" + name + "-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv";
        return Response.ok(body, Csv.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, Csv.attachment(fileName)).build();
    }
}
