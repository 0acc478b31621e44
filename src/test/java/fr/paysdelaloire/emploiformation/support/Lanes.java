package fr.paysdelaloire.emploiformation.support;

/**
 * The JUnit tags that make the test lanes (CONTRIBUTING.md). {@code ./mvnw verify}, which CI runs, runs everything.
 * {@code ./mvnw test -Pfast} leaves out both tags: what is left needs no running application (the scheme's rules,
 * life cycles, mappers, signatures, the architecture) and answers in seconds. {@code ./mvnw test -Pno-campaigns}
 * leaves out the campaigns only.
 */
public final class Lanes {

    /** A test that boots the application ({@code @QuarkusTest}): every one carries it (ArchitectureTest). */
    public static final String APPLICATION = "application";

    /**
     * A test that hammers the application rather than describes it: bad-input, retry and race campaigns,
     * concurrency tests, the whole authorisation matrix, long deliveries.
     */
    public static final String CAMPAIGN = "campaign";

    private Lanes() {
    }
}
