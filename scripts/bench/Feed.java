import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's own client for what wrk cannot do (run with {@code java Feed.java …}, no dependency):
 * {@code feed <base url> <token> <page size> <rounds>} pulls the whole publication feed, page after page with
 * next_cursor, as Cariforef does, {@code rounds} times in one JVM (the first ones warm it up), and prints the time the
 * last pull took and the number of sessions and tombstones it read; {@code snapshot <base url> <token> <rounds>} does
 * the same with the one-response full sync ({@code GET /publication/sessions/snapshot}, issue #22).
 */
public class Feed {

    private static final Pattern CURSOR = Pattern.compile("\"next_cursor\":\"([^\"]+)\"");
    private static final Pattern MORE = Pattern.compile("\"has_more\":(true|false)");

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        boolean snapshot = args[0].equals("snapshot");
        if (!snapshot && !args[0].equals("feed")) {
            throw new IllegalArgumentException("feed <base url> <token> <page size> <rounds> | snapshot <base url> <token> <rounds>");
        }
        int rounds = Integer.parseInt(args[snapshot ? 3 : 4]);
        String result = null;
        for (int round = 0; round < rounds; round++) { // the rounds before the last warm this JVM up
            result = snapshot ? snapshot(client, args[1], args[2]) : feed(client, args[1], args[2], Integer.parseInt(args[3]));
        }
        System.out.println(result);
    }

    static String feed(HttpClient client, String base, String token, int limit) throws Exception {
        long start = System.nanoTime();
        String cursor = null;
        int pages = 0;
        int sessions = 0;
        int tombstones = 0;
        long bytes = 0;
        while (true) {
            String url = base + "/api/v1/publication/sessions?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("page " + pages + " answered " + page.statusCode() + ": " + page.body());
            }
            String body = page.body();
            pages++;
            bytes += body.length();
            sessions += count(body, "\"recruitment_open\":");
            tombstones += count(body, "\"deleted_at\":");
            // next_cursor and has_more close the page: look for them from the end.
            String tail = body.substring(Math.max(0, body.length() - 300));
            Matcher next = CURSOR.matcher(tail);
            Matcher more = MORE.matcher(tail);
            if (!next.find() || !more.find() || more.group(1).equals("false")) {
                break;
            }
            cursor = next.group(1);
        }
        return String.format("RESULT seconds=%.3f pages=%d sessions=%d tombstones=%d bytes=%d",
                (System.nanoTime() - start) / 1e9, pages, sessions, tombstones, bytes);
    }

    static String snapshot(HttpClient client, String base, String token) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> all = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/publication/sessions/snapshot"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (all.statusCode() != 200) {
            throw new IllegalStateException("the snapshot answered " + all.statusCode() + ": " + all.body());
        }
        String body = all.body();
        return String.format("RESULT seconds=%.3f pages=1 sessions=%d tombstones=%d bytes=%d",
                (System.nanoTime() - start) / 1e9, count(body, "\"recruitment_open\":"), count(body, "\"deleted_at\":"),
                body.length());
    }

    static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }
}
