package fr.paysdelaloire.emploiformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documents say which test guards what (docs/security.md names a test for every threat): every
 * {@code SomeTest#someMethod} they name exists, so a renamed or removed test cannot leave a threat unguarded on paper.
 * A name ending in "…" names the start of a method's name.
 */
class DocsReferencesTest {

    private static final Pattern REFERENCE = Pattern.compile("\\b([A-Z][A-Za-z0-9]*(?:Test|IT))#([A-Za-z0-9_]+)(…)?");

    @Test
    void everyTestTheDocumentsNameExists() throws IOException {
        Map<String, Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString().replace(".java", ""), Function.identity(), (a, b) -> a));
        }
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        int named = 0;
        TreeSet<String> missing = new TreeSet<>();
        for (Path document : documents) {
            if (!Files.exists(document)) {
                continue;
            }
            Matcher reference = REFERENCE.matcher(Files.readString(document));
            while (reference.find()) {
                named++;
                Path source = sources.get(reference.group(1));
                String method = reference.group(2);
                boolean prefix = reference.group(3) != null;
                Pattern declared = Pattern.compile("\\bvoid " + method + (prefix ? "[A-Za-z0-9_]*" : "") + "\\(");
                if (source == null || !declared.matcher(Files.readString(source)).find()) {
                    missing.add(document + ": " + reference.group());
                }
            }
        }
        assertTrue(named > 20, "the documents name " + named + " tests");
        assertEquals(List.of(), List.copyOf(missing), "tests named in the documents that do not exist");
    }
}
