package fr.paysdelaloire.emploiformation.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's receiver on localhost: records every delivery it gets (headers and exact body) by path, and answers
 * with the statuses a test scripts (200 once the script is used up).
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String path, String id, String timestamp, String signature, String body, int answered, String host) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            Deque<Integer> script = scripts.get(path);
            Integer scripted = script == null ? null : script.pollFirst();
            int status = scripted == null ? 200 : scripted;
            synchronized (received) {
                received.add(new Received(path, exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body, status,
                        exchange.getRequestHeaders().getFirst("Host")));
                received.notifyAll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL of a path on this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The receiver's port on 127.0.0.1. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The next answers to deliveries on {@code path}, e.g. 500, 500 then the default 200. */
    public void answer(String path, Integer... statuses) {
        scripts.put(path, new ArrayDeque<>(List.of(statuses)));
    }

    public List<Received> received(String path) {
        synchronized (received) {
            return received.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    /** Waits until {@code path} received something matching, and returns everything it received. */
    public List<Received> await(String path, Predicate<List<Received>> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (!done.test(received(path))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the receiver did not get what was expected on " + path + " within " + timeout
                            + "; it got " + received(path));
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
            return received(path);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
