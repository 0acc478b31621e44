package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Breaking changes caught (issue #23): the contract partners generate their clients from, {@code openapi/openapi.yaml},
 * compared by openapi-diff with the last released one ({@code openapi/released/<version>.yaml}). Within a major version
 * nothing a client relies on may change incompatibly; a released contract is never edited (its version moves, and
 * {@code CHANGELOG.md} says what changed).
 */
class ContractCompatibilityTest {

    static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    static final Path RELEASED = Path.of("openapi", "released");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    @Test
    void theContractIsCompatibleWithTheLastReleaseUnlessItsMajorVersionMoved() throws IOException {
        Path last = lastRelease();
        String current = Files.readString(CONTRACT);
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(last), current);
        String version = diff.getNewSpecOpenApi().getInfo().getVersion();
        String released = diff.getOldSpecOpenApi().getInfo().getVersion();
        assertEquals(fileVersion(last), released, last + " carries another version in info.version");
        assertTrue(compare(version, released) >= 0, "info.version " + version + " is older than the last release " + released);
        if (version.equals(released)) {
            assertEquals(Files.readString(last), current, "openapi/openapi.yaml changed but still says " + version
                    + ", a released version: move info.version (ApiDocumentation) and say what changed in CHANGELOG.md");
        }
        if (major(version) == major(released) && diff.isIncompatible()) {
            fail("openapi/openapi.yaml breaks clients of " + released + " (openapi-diff):\n" + new MarkdownRender().render(diff)
                    + "\nKeep the old shape beside the new one, or move the major version.");
        }
    }

    @Test
    void theChangelogHasAnEntryForTheContractsVersion() throws IOException {
        String version = OpenApiCompare.fromContents(Files.readString(CONTRACT),
                Files.readString(CONTRACT)).getNewSpecOpenApi().getInfo().getVersion();
        assertTrue(Files.readString(Path.of("CHANGELOG.md")).lines().anyMatch(l -> l.startsWith("## " + version)),
                "CHANGELOG.md has no '## " + version + "' section");
    }

    /** The check itself can fail: a path taken away is incompatible, the same contract is not. */
    @Test
    void removingAnOperationOrRequiringAFieldIsIncompatible() throws IOException {
        String released = Files.readString(lastRelease());
        String withoutLots = released.replaceFirst("\n  /api/v1/lots:\n", "\n  /api/v1/lots-renamed:\n");
        assertTrue(OpenApiCompare.fromContents(released, withoutLots).isIncompatible(), "a path renamed");
        assertFalse(OpenApiCompare.fromContents(released, released).isIncompatible(), "the same contract");
    }

    static Path lastRelease() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            List<Path> releases = files.filter(f -> VERSION.matcher(fileVersion(f)).matches())
                    .sorted(Comparator.comparing(ContractCompatibilityTest::fileVersion, ContractCompatibilityTest::compare)).toList();
            assertFalse(releases.isEmpty(), "no released contract under " + RELEASED);
            return releases.get(releases.size() - 1);
        }
    }

    static String fileVersion(Path file) {
        return file.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    static int major(String version) {
        return part(version, 1);
    }

    static int compare(String a, String b) {
        for (int i = 1; i <= 3; i++) {
            int c = Integer.compare(part(a, i), part(b, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int part(String version, int group) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new AssertionError("not a version MAJOR.MINOR.PATCH: " + version);
        }
        return Integer.parseInt(m.group(group));
    }
}
