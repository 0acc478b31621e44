package fr.paysdelaloire.emploiformation.publication;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fr.paysdelaloire.emploiformation.api.BodyValidator;
import fr.paysdelaloire.emploiformation.api.Json;
import fr.paysdelaloire.emploiformation.api.QueryParams;

/** The publisher's views of the published sessions: a JSON delta feed and an LHEO 2.3 export. */
@ApplicationScoped
public class PublicationService {

    @Inject
    fr.paysdelaloire.emploiformation.api.BodyValidator bodies;

    /** The largest page: 2 000 sessions (some 1.7 MB of JSON) suit a first full sync (issue #22, P2). */
    static final int MAX_LIMIT = 2000;
    /** Entries read at a time to find whether there is anything to export. */
    static final int XML_BATCH = 200;
    private static final String CURSOR_PREFIX = "c1:";

    @Inject
    PublicationRepository entries;

    @Inject
    Json json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "ef.lheo.code-public-vise", defaultValue = "15041")
    String publicViseCode;

    /** A page and the version of the feed it was read at (for the ETag). */
    public record Read(FeedPage page, long lastChange) {
    }

    @Transactional
    public Read feed(String cursor, String updatedSince, String employerSiret, Integer limit) {
        QueryParams query = new QueryParams();
        Long after = null;
        if (cursor != null) {
            after = decode(cursor);
            if (after == null) {
                query.refuse("cursor", "is not a cursor this feed gave");
            }
        }
        OffsetDateTime since = query.instant("updated_since", updatedSince);
        query.siret("employer_siret", employerSiret);
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            query.refuse("limit", "must be between 1 and " + MAX_LIMIT);
        }
        query.done();
        long lastChange = entries.lastChange();
        List<PublicationRepository.FeedEntry> page = entries.page(after, since, employerSiret, size);
        List<StoredJson> items = new ArrayList<>();
        List<FeedPage.Tombstone> tombstones = new ArrayList<>();
        long last = after == null ? 0 : after;
        for (PublicationRepository.FeedEntry entry : page) {
            last = entry.changeSeq();
            if (entry.published()) {
                items.add(new StoredJson(entry.payload()));
            } else {
                tombstones.add(new FeedPage.Tombstone(entry.sessionId(), entry.deletedAt()));
            }
        }
        if (page.isEmpty() && after == null) {
            last = lastChange;
        }
        return new Read(new FeedPage(items, tombstones, encode(last), page.size() == size), lastChange);
    }

    /** Rows the snapshot's query fetches at a time. */
    static final int SNAPSHOT_FETCH = 1000;

    /** The change the snapshot stops at, read before it is streamed (see {@link #writeSnapshot}). */
    @Transactional
    public long lastChange() {
        return entries.lastChange();
    }

    /**
     * Streams every live session as one feed page (issue #22, P2: a first full sync in one response, no page round
     * trips): the entries published as of change {@code upTo}, then {@code next_cursor} standing on that change. One
     * query streamed in one short transaction; a session changed meanwhile has a later change number, so it is left to
     * the delta pull from that cursor (as is its tombstone), never lost nor half-shown.
     */
    public void writeSnapshot(long upTo, OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                buffered.write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
                boolean[] first = { true };
                entries.live(upTo, SNAPSHOT_FETCH, payload -> {
                    try {
                        if (!first[0]) {
                            buffered.write(',');
                        }
                        first[0] = false;
                        buffered.write(payload);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                buffered.write(("],\"tombstones\":[],\"next_cursor\":\"" + encode(upTo) + "\",\"has_more\":false}")
                        .getBytes(StandardCharsets.UTF_8));
                buffered.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Is there anything to export (else 204, never an empty document)? Reads a flag per entry, no fragment. */
    public boolean anythingToExport(String employerSiret) {
        QueryParams query = new QueryParams();
        query.siret("employer_siret", employerSiret);
        query.done();
        long after = 0;
        while (true) {
            long from = after;
            List<PublicationRepository.Exportable> batch = QuarkusTransaction.requiringNew()
                    .call(() -> entries.exportable(from, employerSiret, XML_BATCH));
            for (PublicationRepository.Exportable entry : batch) {
                if (entry.fragment() || exportable(json.read(entry.payload(), PublishedSession.class))) {
                    return true;
                }
                after = entry.changeSeq();
            }
            if (batch.size() < XML_BATCH) {
                return false;
            }
        }
    }

    /**
     * Streams the LHEO document: one query in one short transaction, its rows fetched {@value #SNAPSHOT_FETCH} at a time
     * (the heap holds one batch), each session's stored fragment written as the bytes PostgreSQL sent. Gzip-encoded
     * ({@code gzip}), from the fragments deflated at publication ({@link LheoGzip}: nothing is compressed here but the
     * document's own header and end, and a fragment never deflated). Either way the same document.
     */
    public void writeLheo(String employerSiret, boolean gzip, OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
        // the document's own XML (its header and end, a session with no stored fragment) is written here, then passed on
        java.io.ByteArrayOutputStream own = new java.io.ByteArrayOutputStream(8 * 1024);
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(own, StandardCharsets.UTF_8.name());
                LheoWriter lheo = new LheoWriter(xml, publicViseCode);
                LheoGzip.Member member = gzip ? new LheoGzip.Member(buffered) : null;
                lheo.start(OffsetDateTime.now(clock));
                entries.export(employerSiret, gzip, publicViseCode, SNAPSHOT_FETCH, (deflated, fragment, payload) -> {
                    PublishedSession session = deflated == null && fragment == null ? json.read(payload, PublishedSession.class) : null;
                    if (session != null && !exportable(session)) {
                        return;
                    }
                    xml.writeCharacters(""); // closes a pending start tag
                    xml.flush();
                    pass(own, member, buffered); // what the writer wrote before: one session at most is held
                    if (session != null) { // none stored, an entry older than V29
                        lheo.session(session);
                    } else if (member != null) { // deflated at publication (V31), or now for an entry stored before
                        member.fragment(deflated != null ? deflated
                                : LheoGzip.seal(new String(fragment, StandardCharsets.UTF_8), publicViseCode, LheoGzip.EXPORT_LEVEL));
                    } else { // rendered at publication (V29), the public aimed at put in by the query
                        buffered.write(fragment);
                    }
                });
                lheo.end();
                xml.close();
                if (member != null) {
                    member.finish(own.toByteArray());
                } else {
                    own.writeTo(buffered);
                }
                buffered.flush();
            } catch (XMLStreamException | IOException e) {
                throw new IllegalStateException("LHEO export failed", e);
            }
        });
    }

    /** Passes on what the document's own XML writer wrote so far. */
    private static void pass(java.io.ByteArrayOutputStream own, LheoGzip.Member gzip, OutputStream out) throws IOException {
        if (own.size() > 0) {
            if (gzip != null) {
                gzip.text(own.toByteArray());
            } else {
                own.writeTo(out);
            }
            own.reset();
        }
    }

    /** LHEO requires the responsible body's activity declaration number. */
    static boolean exportable(PublishedSession session) {
        return session.trainingBody().nda() != null && !session.locations().isEmpty();
    }

    static String encode(long change) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + change).getBytes(StandardCharsets.UTF_8));
    }

    static Long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return text.startsWith(CURSOR_PREFIX) ? Long.parseLong(text.substring(CURSOR_PREFIX.length())) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A search body, checked like a request body (its strings included); 400 when there is none. */
    SessionSearchBody checked(SessionSearchBody search) {
        bodies.check(search);
        return search;
    }
}
