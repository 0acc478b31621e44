package fr.paysdelaloire.emploiformation.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import fr.paysdelaloire.emploiformation.support.AuthorisationMatrix;
import fr.paysdelaloire.emploiformation.support.Lanes;
import fr.paysdelaloire.emploiformation.support.Tokens;

/**
 * R1 (issue #11): malformed requests for every operation of the served contract, generated from the contract itself
 * (each operation's example body, its schema's required fields and enums, its parameters) and a seeded random, so a
 * failure is reproducible with {@code -Dcampaign.seed=…}. Every request is invalid by construction: broken JSON, a
 * required field missing, an unknown field, a value of the wrong type, an overlong string, a value outside an enum,
 * a wrong content type, a body over the 1 MiB limit, a malformed or unknown path id, a malformed query parameter.
 * Every answer must be a 4xx {@code application/problem+json}, and no table may hold one row more afterwards.
 */
@Tag(Lanes.CAMPAIGN)
@QuarkusTest
@Tag(Lanes.APPLICATION)
class BadInputCampaignTest {

    static final long SEED = Long.getLong("campaign.seed", 20261126L);
    static final int PER_OPERATION = Integer.getInteger("campaign.per-operation", 180);
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Tables written by reads or by every call, whatever the answer. */
    static final List<String> NOT_COUNTED = List.of("rate_limit_window", "flyway_schema_history");

    @Inject
    DataSource dataSource;

    record Call(String method, String path, String contentType, String body, Map<String, String> query, String kind) {
    }

    @Test
    void everyMalformedRequestIsA4xxProblemAndChangesNothing() throws Exception {
        JsonNode contract = JSON.readTree(given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        Map<String, Long> before = rowCounts();
        Random random = new Random(SEED);
        int sent = 0;
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                String token = Tokens.forRole(allowedRole(operation));
                for (int i = 0; i < PER_OPERATION; i++) {
                    Call call = malformed(contract, method.getKey().toUpperCase(), path.getKey(), method.getValue(), random, i);
                    Answer answer = call.kind().equals("body-over-limit") ? overLimit(token, call) : Answer.of(send(token, call));
                    sent++;
                    byKind.merge(call.kind(), 1, Integer::sum);
                    int status = answer.status();
                    String type = answer.contentType();
                    if (status < 400 || status > 499 || type == null || !type.startsWith("application/problem+json")) {
                        if (failures.size() < 30) {
                            failures.add(operation + " [" + call.kind() + "] " + call.method() + " " + call.path() + " "
                                    + call.query() + " → " + status + " " + type + " "
                                    + abbreviate(answer.body()) + " ← " + abbreviate(call.body()));
                        } else if (failures.size() == 30) {
                            failures.add("…");
                        }
                    }
                }
            }
        }
        Map<String, Long> after = rowCounts();
        long fiveHundreds = failures.stream().filter(f -> f.contains("→ 5")).count();
        System.out.printf("R1 bad input: requests sent=%d operations=%d seed=%d 5xx=%d not-a-4xx-problem=%d tables changed=%d%n",
                sent, sent / PER_OPERATION, SEED, fiveHundreds, failures.size(), changed(before, after).size());
        System.out.println("R1 by kind: " + byKind);
        assertTrue(sent >= 10_000, sent + " requests");
        assertEquals(List.of(), failures, "answers other than a 4xx problem (seed " + SEED + ")");
        assertEquals(Map.of(), changed(before, after), "rows written by malformed requests (seed " + SEED + ")");
    }

    /** Regression (R1): a body announced over the limit got a bare 413 with no problem document. */
    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        Answer answer = overLimit(Tokens.employerPlatform(), new Call("POST", "/api/v1/hiring-intentions", "application/json",
                "{\"padding\":\"" + "x".repeat(1_100_000) + "\"}", Map.of(), "body-over-limit"));
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("\"code\":\"PAYLOAD_TOO_LARGE\""), answer.body());
    }

    /**
     * Issue #24 (5): a body sent chunked (no Content-Length) over the limit got the HTTP layer's bare 413; it gets the
     * same problem as a body announced over it, and nothing is written.
     */
    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws Exception {
        Map<String, Long> before = rowCounts();
        String body = "{\"external_id\":\"chunked-" + UUID.randomUUID() + "\",\"padding\":\"" + "x".repeat(1_100_000) + "\"}";
        Answer answer = chunked(Tokens.employerPlatform(), "/api/v1/hiring-intentions", body);
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("\"code\":\"PAYLOAD_TOO_LARGE\""), answer.body());
        assertEquals(before, rowCounts(), "nothing written");
    }

    /** Issue #24 (5): a chunked body within the limit is read and answered like any other (here: recorded, 201). */
    @Test
    void aChunkedBodyWithinTheLimitIsAccepted() throws Exception {
        String body = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode example = exampleBody(JSON.readTree(body).path("paths").path("/api/v1/hiring-intentions").path("post"));
        ((ObjectNode) example).put("external_id", "chunked-" + UUID.randomUUID());
        Answer answer = chunked(Tokens.employerPlatform(), "/api/v1/hiring-intentions", JSON.writeValueAsString(example));
        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.body().contains(example.path("external_id").asText()), answer.body());
    }

    /** Sends {@code body} with {@code Transfer-Encoding: chunked}, in chunks of 64 KiB, and reads the answer. */
    static Answer chunked(String token, String path, String body) throws Exception {
        java.net.URI base = java.net.URI.create(io.restassured.RestAssured.baseURI);
        try (var socket = new java.net.Socket(base.getHost(), io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    for (int at = 0; at < bytes.length; at += 65_536) {
                        int size = Math.min(65_536, bytes.length - at);
                        out.write((Integer.toHexString(size) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        out.write(bytes, at, size);
                        out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException refusedMidway) {
                    // the server answered and closed before the whole body was sent: expected past the limit
                }
            });
            writer.start();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            writer.join(10_000);
            int status = Integer.parseInt(answer.substring(9, 12));
            String type = answer.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).findFirst()
                    .map(l -> l.substring(13).trim()).orElse(null);
            int split = answer.indexOf("\r\n\r\n");
            return new Answer(status, type, split < 0 ? "" : answer.substring(split + 4));
        }
    }

    /** Regression (R1): U+0000 in a path reached PostgreSQL, which refused it, and the answer was a 500. */
    @Test
    void aNulCharacterIsA400NotA500() {
        given().auth().oauth2(Tokens.regionOfficer()).urlEncodingEnabled(false).get("/api/v1/lots/%00").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.employerPlatform()).urlEncodingEnabled(false)
                .queryParam("employer_siret", "%00").get("/api/v1/hiring-intentions").then().statusCode(400);
    }

    /**
     * Issue #17 (3): a control character in one partner's free text made the whole LHEO export unparseable. Every
     * string of every operation's example body, in turn, gets U+0001 (outside XML 1.0's {@code Char} production),
     * then an unpaired surrogate: each answer must be a 400 naming that very field, and nothing is written.
     */
    @Test
    void everyStringOfEveryBodyRefusesCharactersXmlCannotCarry() throws Exception {
        JsonNode contract = JSON.readTree(given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        Map<String, Long> before = rowCounts();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode example = exampleBody(method.getValue());
                if (example == null) {
                    continue;
                }
                operations++;
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                String token = Tokens.forRole(allowedRole(operation));
                String target = fill(path.getKey(), () -> UUID.randomUUID().toString(), new Random(SEED)).replace("{code}", "ZZ-TEXT");
                for (String field : textFields(example, "")) {
                    for (String hostile : List.of("\\u0001", "\\ud83d")) {
                        String body = withText(example, field, hostile);
                        Response answer = given().auth().oauth2(token).contentType("application/json").body(body)
                                .request(method.getKey().toUpperCase(), target);
                        sent++;
                        List<String> fields = answer.statusCode() == 400 ? answer.jsonPath().getList("violations.field") : List.of();
                        if (answer.statusCode() != 400 || fields == null || !fields.contains(field)) {
                            failures.add(operation + " " + field + " " + hostile + " → " + answer.statusCode() + " "
                                    + abbreviate(answer.asString()).replaceAll("[^\\x20-\\x7E]", "?"));
                        }
                    }
                }
            }
        }
        System.out.printf("Free text: operations with a body=%d requests=%d refused as expected=%d%n", operations, sent,
                sent - failures.size());
        failures.forEach(f -> System.out.println("Free text refusal missing: " + f));
        assertTrue(sent > 100, sent + " requests");
        assertEquals(List.of(), failures);
        assertEquals(Map.of(), changed(before, rowCounts()));
    }

    /** The paths of the example's string values, as a partner names them: {@code employer.name}, {@code locations[0].city}. */
    static List<String> textFields(JsonNode node, String path) {
        List<String> fields = new ArrayList<>();
        if (node.isTextual()) {
            fields.add(path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                fields.addAll(textFields(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> fields.addAll(textFields(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey())));
        }
        return fields;
    }

    /** The example as JSON text with {@code escape} (a JSON escape such as {@code \u0001}) inserted in the middle of one string. */
    static String withText(JsonNode example, String field, String escape) {
        JsonNode copy = example.deepCopy();
        String marker = "@@HOSTILE@@";
        JsonNode parent = copy;
        String[] steps = field.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            List<Integer> indexes = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(step);
            while (m.find()) {
                indexes.add(Integer.parseInt(m.group(1)));
            }
            boolean last = i == steps.length - 1;
            if (indexes.isEmpty() && last) {
                String value = parent.get(name).textValue();
                ((ObjectNode) parent).put(name, value.substring(0, value.length() / 2) + marker + value.substring(value.length() / 2));
                break;
            }
            JsonNode next = parent.get(name);
            for (int k = 0; k < indexes.size(); k++) {
                if (last && k == indexes.size() - 1) {
                    String value = next.get(indexes.get(k)).textValue();
                    ((ArrayNode) next).set(indexes.get(k), NODES.textNode(value.substring(0, value.length() / 2) + marker
                            + value.substring(value.length() / 2)));
                    return copy.toString().replace(marker, escape);
                }
                next = next.get(indexes.get(k));
            }
            parent = next;
        }
        return copy.toString().replace(marker, escape);
    }

    static String allowedRole(String operation) {
        var roles = AuthorisationMatrix.MATRIX.get(operation);
        assertTrue(roles != null, "no row in the authorisation matrix for " + operation);
        return roles.contains(AuthorisationMatrix.R) ? AuthorisationMatrix.R : roles.stream().sorted().findFirst().orElseThrow();
    }

    // --- generation ---------------------------------------------------------------------------------------

    static Call malformed(JsonNode contract, String method, String template, JsonNode operation, Random random, int i) {
        JsonNode example = exampleBody(operation);
        JsonNode schema = resolve(contract, operation.path("requestBody").path("content").path("application/json").path("schema"));
        boolean hasPathId = template.contains("{");
        String goodPath = fill(template, () -> UUID.randomUUID().toString(), random);
        List<String> kinds = new ArrayList<>();
        if (example != null) {
            kinds.addAll(List.of("broken-json", "missing-required", "unknown-field", "wrong-type", "overlong", "bad-enum",
                    "wrong-content-type", "not-an-object"));
            if (i == 0) {
                return new Call(method, goodPath, "application/json", huge(example), Map.of(), "body-over-limit");
            }
        }
        if (hasPathId) {
            kinds.add("malformed-path-id");
        }
        kinds.add("bad-query");
        String kind = kinds.get(random.nextInt(kinds.size()));
        return switch (kind) {
            case "broken-json" -> {
                String text = example.toString();
                yield new Call(method, goodPath, "application/json", text.substring(0, 1 + random.nextInt(text.length() - 1)), Map.of(), kind);
            }
            case "missing-required" -> {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                ObjectNode body = example.deepCopy();
                if (required.isEmpty() || !body.isObject()) {
                    body.put("unexpected_" + random.nextInt(1000), true); // nothing required: an unknown field instead
                    yield new Call(method, goodPath, "application/json", body.toString(), Map.of(), "unknown-field");
                }
                body.remove(required.get(random.nextInt(required.size())));
                yield new Call(method, goodPath, "application/json", body.toString(), Map.of(), kind);
            }
            case "unknown-field" -> {
                ObjectNode body = example.deepCopy();
                body.put("unexpected_" + random.nextInt(1000), random.nextBoolean() ? "x" : "1");
                yield new Call(method, goodPath, "application/json", body.toString(), Map.of(), kind);
            }
            case "wrong-type" -> {
                ObjectNode body = example.deepCopy();
                List<String> fields = fields(body);
                if (fields.isEmpty()) {
                    yield new Call(method, goodPath, "application/json", "[]", Map.of(), "not-an-object");
                }
                String field = fields.get(random.nextInt(fields.size()));
                body.set(field, wrongType(body.get(field), random));
                yield new Call(method, goodPath, "application/json", body.toString(), Map.of(), kind);
            }
            case "overlong" -> {
                ObjectNode body = example.deepCopy();
                List<String> strings = new ArrayList<>();
                body.fields().forEachRemaining(f -> {
                    if (f.getValue().isTextual()) {
                        strings.add(f.getKey());
                    }
                });
                if (strings.isEmpty()) {
                    yield new Call(method, goodPath, "application/json", "\"" + "x".repeat(5000) + "\"", Map.of(), "not-an-object");
                }
                body.put(strings.get(random.nextInt(strings.size())), "é".repeat(10_000 + random.nextInt(50_000)));
                yield new Call(method, goodPath, "application/json", body.toString(), Map.of(), kind);
            }
            case "bad-enum" -> {
                ObjectNode body = example.deepCopy();
                List<String> enums = new ArrayList<>();
                schema.path("properties").fields().forEachRemaining(p -> {
                    if (resolve(contract, p.getValue()).has("enum") && body.has(p.getKey())) {
                        enums.add(p.getKey());
                    }
                });
                if (enums.isEmpty()) {
                    body.put("unexpected_enum", "NOT_A_VALUE");
                    yield new Call(method, goodPath, "application/json", body.toString(), Map.of(), "unknown-field");
                }
                body.put(enums.get(random.nextInt(enums.size())), "NOT_A_VALUE_" + random.nextInt(100));
                yield new Call(method, goodPath, "application/json", body.toString(), Map.of(), kind);
            }
            case "wrong-content-type" -> new Call(method, goodPath,
                    List.of("text/plain", "application/xml", "application/x-www-form-urlencoded").get(random.nextInt(3)),
                    example.toString(), Map.of(), kind);
            case "not-an-object" -> new Call(method, goodPath, "application/json",
                    List.of("[]", "42", "\"text\"", "null", "true", "[{}]").get(random.nextInt(6)), Map.of(), kind);
            case "malformed-path-id" -> new Call(method, fill(template, () -> List.of("not-a-uuid", "0", "%00",
                    "x".repeat(300), "00000000-0000-0000-0000-00000000000g", "%27%3B%20drop%20table%20lot%3B%20--", "..%2F..%2Fq",
                    UUID.randomUUID().toString().toUpperCase() + "0", "bad%20id").get(random.nextInt(9)), random),
                    example == null ? null : "application/json", example == null ? null : example.toString(), Map.of(), kind);
            default -> {
                List<JsonNode> parameters = new ArrayList<>();
                operation.path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query")) {
                        parameters.add(p);
                    }
                });
                if (parameters.isEmpty()) { // nothing to break in the query: ask for a representation it does not have
                    yield new Call(method, goodPath, example == null ? null : "application/json",
                            example == null ? null : "{", Map.of(), "not-acceptable");
                }
                JsonNode parameter = parameters.get(random.nextInt(parameters.size()));
                List<String> values = parameter.path("schema").path("type").asText().equals("integer")
                        ? List.of("-1", "abc", "99999999999999999999", "1.5")
                        : List.of("NOT_A_VALUE", "2026-99-99T25:00:00Z", "%25", "%00");
                Map<String, String> query = Map.of(parameter.path("name").asText(), values.get(random.nextInt(values.size())));
                yield new Call(method, goodPath, example == null ? null : "application/json",
                        example == null ? null : "{", query, kind);
            }
        };
    }

    static JsonNode exampleBody(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        if (content.isMissingNode()) {
            return null;
        }
        Iterator<JsonNode> examples = content.path("examples").elements();
        JsonNode example = examples.hasNext() ? examples.next().path("value") : content.path("example");
        if (example.isTextual()) {
            try {
                example = JSON.readTree(example.asText());
            } catch (Exception e) {
                return NODES.objectNode();
            }
        }
        return example.isObject() ? example : NODES.objectNode();
    }

    static JsonNode resolve(JsonNode contract, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 5 && current.has("$ref"); depth++) {
            String name = current.path("$ref").asText().replace("#/components/schemas/", "");
            current = contract.path("components").path("schemas").path(name);
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(contract, current.path("allOf").get(0));
        }
        return current;
    }

    static List<String> fields(ObjectNode body) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    /** A value no field of that kind accepts (Jackson turns numbers into strings, not objects into strings). */
    static JsonNode wrongType(JsonNode value, Random random) {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return random.nextBoolean() ? NODES.objectNode().put("nested", 1) : NODES.arrayNode().add(1).add(2);
        }
        if (value.isArray()) {
            return NODES.objectNode().put("not", "an array");
        }
        ArrayNode array = NODES.arrayNode();
        return random.nextBoolean() ? NODES.textNode("not an object") : array.add("x");
    }

    static String huge(JsonNode example) {
        ObjectNode body = example.deepCopy();
        body.put("padding", "x".repeat(1_200_000));
        return body.toString();
    }

    static String fill(String template, java.util.function.Supplier<String> id, Random random) {
        return template.replace("{code}", id.get()).replace("{id}", id.get()).replace("{delivery_id}", id.get()).replace("{referral_id}", id.get()).replace("{review_id}", id.get()).replace("{proposal_id}", id.get()).replace("{approval_id}", id.get()).replace("{month}", "2026-" + (1 + random.nextInt(9)));
    }

    static Response send(String token, Call call) {
        RequestSpecification request = given().auth().oauth2(token).urlEncodingEnabled(false);
        if (call.kind().equals("not-acceptable")) {
            request.accept("image/png");
        }
        call.query().forEach(request::queryParam);
        if (call.body() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        return request.request(call.method(), call.path());
    }

    record Answer(int status, String contentType, String body) {
        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.contentType(), response.asString());
        }
    }

    /**
     * A body over the limit, announced by its Content-Length: the server answers before reading it and closes the
     * connection, which an HTTP client still sending would see as a broken pipe; so the request goes on a socket of
     * its own, headers first, and the answer is read before the body is sent.
     */
    static Answer overLimit(String token, Call call) throws Exception {
        java.net.URI base = java.net.URI.create(io.restassured.RestAssured.baseURI);
        int port = io.restassured.RestAssured.port;
        try (var socket = new java.net.Socket(base.getHost(), port)) {
            socket.setSoTimeout(10_000);
            byte[] body = call.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String head = call.method() + " " + call.path() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            String type = answer.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).findFirst()
                    .map(l -> l.substring(13).trim()).orElse(null);
            int split = answer.indexOf("\r\n\r\n");
            return new Answer(status, type, split < 0 ? "" : answer.substring(split + 4));
        }
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    // --- the database -------------------------------------------------------------------------------------

    Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (var connection = dataSource.getConnection(); var tables = connection.createStatement()
                .executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String name : names) {
                if (NOT_COUNTED.contains(name)) {
                    continue;
                }
                try (var count = connection.createStatement().executeQuery("select count(*) from " + name)) {
                    count.next();
                    counts.put(name, count.getLong(1));
                }
            }
        }
        return counts;
    }

    static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " → " + count);
            }
        });
        return changed;
    }
}
