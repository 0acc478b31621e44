package fr.paysdelaloire.emploiformation.publication;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The published state of one session, stamped with the change sequence of its last change. */
@Entity
@Table(name = "publication_entry")
public class PublicationEntry {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    /** The employers behind it, for the search by recruiter; never in the payload. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "employer_sirets", nullable = false, columnDefinition = "varchar(14)[]")
    public String[] employerSirets;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Its LHEO fragment (the {@code formation} element), rendered at publication; null when there is none (V29). */
    @Column(name = "lheo")
    public String lheo;

    /** The same fragment deflated for the gzip-encoded export ({@link LheoGzip#seal}); null when it has none (V31). */
    @Column(name = "lheo_deflate")
    public byte[] lheoDeflate;

    /** The public aimed at ({@code ef.lheo.code-public-vise}) put in the deflated fragment. */
    @Column(name = "lheo_deflate_code")
    public String lheoDeflateCode;

    /** The shape of {@link #payload} and {@link #lheo}: 2 since they say where the jobs are (V33, issue #25). */
    public static final short REPRESENTATION = 2;

    /** The representation this entry was written in; older ones are published again in the background (V33). */
    @Column(nullable = false)
    public short representation = REPRESENTATION;
}
