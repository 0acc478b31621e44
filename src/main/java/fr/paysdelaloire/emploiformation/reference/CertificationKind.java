package fr.paysdelaloire.emploiformation.reference;

import fr.paysdelaloire.emploiformation.validation.CertificationCode;

/**
 * What a training targets (FAQ §4): an RNCP certification, an RS certification, a block of skills, a partial
 * certification (of an RNCP one), or skills outside any register (no code). The certifications the Region identified
 * for a lot are of the first three kinds ({@link #identifiable()}).
 */
public enum CertificationKind {
    RNCP,
    RS,
    SKILLS_BLOCK,
    PARTIAL,
    SKILLS;

    /** True when {@code code} is written as this kind's register writes its codes; SKILLS takes no code. */
    public boolean accepts(String code) {
        return switch (this) {
            case RNCP, PARTIAL -> CertificationCode.isRncp(code);
            case RS -> CertificationCode.isRs(code);
            case SKILLS_BLOCK -> CertificationCode.isSkillsBlock(code);
            case SKILLS -> code == null || code.isBlank();
        };
    }

    /** A kind the Region identifies certifications of, for a lot (§4): a register's certification or block. */
    public boolean identifiable() {
        return this == RNCP || this == RS || this == SKILLS_BLOCK;
    }

    /** How a code of this kind is written, for an answer that refuses one. */
    public String codeExample() {
        return switch (this) {
            case RNCP, PARTIAL -> "an RNCP code, e.g. RNCP35185";
            case RS -> "an RS code, e.g. RS5460";
            case SKILLS_BLOCK -> "a block of an RNCP certification, e.g. RNCP35185BC02";
            case SKILLS -> "absent";
        };
    }
}
