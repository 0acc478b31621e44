package fr.paysdelaloire.emploiformation.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.support.Lanes;

/**
 * The contract partners were given is the committed {@code openapi/openapi.yaml}; the service must
 * serve exactly that. A change to the API shows up as a diff of that file (scripts/update-openapi.sh).
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.yaml is missing: run scripts/update-openapi.sh");
        JsonNode committed = YAML.readTree(Files.readString(COMMITTED));
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> differences = new ArrayList<>();
        diff("", committed, served, differences);
        if (!differences.isEmpty()) {
            fail("The served OpenAPI differs from openapi/openapi.yaml (" + differences.size()
                    + " differences; refresh the committed file with scripts/update-openapi.sh if the change is meant):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(30, differences.size()))));
        }
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        JsonNode document = YAML.readTree(Files.readString(COMMITTED));
        List<String> gaps = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            if (!operation.hasNonNull("summary")) {
                gaps.add(name + ": no summary");
            }
            if (!operation.path("description").asText().contains("Roles:")) {
                gaps.add(name + ": the description does not name the roles");
            }
            if (!operation.path("description").asText().contains("*")) {
                gaps.add(name + ": the description does not name the French term of art");
            }
            for (String status : List.of("401", "403", "500")) {
                if (!operation.path("responses").has(status)) {
                    gaps.add(name + ": no " + status + " answer documented");
                }
            }
            if (operation.path("security").isEmpty()) {
                gaps.add(name + ": no security requirement");
            }
        }));
        assertEquals(List.of(), gaps);
    }

    @Test
    void everySiretInTheExamplesIsAValidOne() throws IOException {
        List<String> invalid = new ArrayList<>();
        collectSirets(YAML.readTree(Files.readString(COMMITTED)), "", invalid);
        assertEquals(List.of(), invalid, "examples must pass the API's own SIRET check");
    }

    static void collectSirets(JsonNode node, String key, List<String> invalid) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collectSirets(field.getValue(), field.getKey(), invalid));
        } else if (node.isArray()) {
            node.forEach(item -> collectSirets(item, key, invalid));
        } else if (node.isTextual() && key.toLowerCase().contains("siret") && node.asText().matches("\\d{14}")
                && !fr.paysdelaloire.emploiformation.validation.Siret.isValid(node.asText())) {
            invalid.add(key + "=" + node.asText());
        }
    }

    static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey())) {
                    out.add(at + "/" + field.getKey() + ": in the committed file, not served");
                } else {
                    diff(at + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), out);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add(at + "/" + name + ": served, not in the committed file");
                }
            });
        } else if (!expected.equals(actual)) {
            out.add(at + ": committed " + abbreviate(expected) + " but served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
