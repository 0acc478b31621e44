package fr.paysdelaloire.emploiformation.session;

import fr.paysdelaloire.emploiformation.validation.CertificationCode;

/**
 * What a session's training targets (FAQ §4): an RNCP certification, an RS certification, a block of
 * skills, a partial certification (of an RNCP one), or skills outside any register (no code).
 */
public enum CertificationKind {
    RNCP,
    RS,
    SKILLS_BLOCK,
    PARTIAL,
    SKILLS;

    /** True when {@code code} fits the kind; SKILLS takes no code. */
    public boolean accepts(String code) {
        return switch (this) {
            case RNCP, PARTIAL -> CertificationCode.isRncp(code);
            case RS -> CertificationCode.isRs(code);
            case SKILLS_BLOCK -> CertificationCode.isSkillsBlock(code);
            case SKILLS -> code == null || code.isBlank();
        };
    }
}
