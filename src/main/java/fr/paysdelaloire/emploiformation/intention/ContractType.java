package fr.paysdelaloire.emploiformation.intention;

/** The contract an employer offers at the end of the training. */
public enum ContractType {
    CDI,
    CDD,
    CDI_INTERIMAIRE,
    CDPI,
    ETTI,
    APPRENTICESHIP,
    PROFESSIONALISATION,
    CIE,
    SIAE_INSERTION
}
