package fr.paysdelaloire.emploiformation.support;

import java.util.concurrent.ThreadLocalRandom;

import fr.paysdelaloire.emploiformation.validation.Siret;

/** Fresh valid SIRETs, so that tests do not meet each other's employers. */
public final class Sirets {

    private Sirets() {
    }

    public static String random() {
        while (true) {
            StringBuilder digits = new StringBuilder("4");
            for (int i = 0; i < 12; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            for (int check = 0; check < 10; check++) {
                String candidate = digits.toString() + check;
                if (Siret.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
