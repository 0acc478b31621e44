package fr.paysdelaloire.emploiformation.intention;

/** How the employer's written commitment was received (FAQ §6: e-mail, letter; or the platform's record). */
public enum ProofChannel {
    EMAIL,
    LETTER,
    PLATFORM
}
