package fr.paysdelaloire.emploiformation.reference;

import fr.paysdelaloire.emploiformation.validation.CertificationCode;

/** The registers a lot's identified certifications come from (FAQ §4). */
public enum CertificationKind {
    RNCP,
    RS,
    SKILLS_BLOCK;

    /** True when {@code code} is written as this register writes its codes. */
    public boolean accepts(String code) {
        return switch (this) {
            case RNCP -> CertificationCode.isRncp(code);
            case RS -> CertificationCode.isRs(code);
            case SKILLS_BLOCK -> CertificationCode.isSkillsBlock(code);
        };
    }
}
