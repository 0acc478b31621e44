package fr.paysdelaloire.emploiformation.reference;

/**
 * The sectors (filières) the Region's markets target (FAQ §2), plus the niche lots that complete the
 * list. A session's training must belong to its lot's sector (§2).
 */
public enum Sector {
    INTER_INDUSTRIE("Inter-industrie"),
    CONSTRUCTION("Construction"),
    AGRICULTURE_AGROALIMENTAIRE("Agriculture - agroalimentaire"),
    MARITIME("Maritime"),
    MOBILITES("Mobilités"),
    COMMERCE("Commerce"),
    METIERS_SUPPORTS_ENTREPRISE("Métiers supports à l'entreprise"),
    NUMERIQUE("Numérique"),
    HOTELLERIE_RESTAURATION_TOURISME("Hôtellerie - restauration - tourisme"),
    PROPRETE_HYGIENE_SERVICES_PERSONNE("Propreté - hygiène - services à la personne"),
    FORMATION_INSERTION_PROFESSIONNELLES("Formation et insertion professionnelles"),
    METIERS_DE_BOUCHE("Métiers de bouche"),
    TELECOMMUNICATIONS("Télécommunications"),
    ANIMATION_ENFANCE_JEUNESSE("Animation - enfance - jeunesse"),
    SPORT("Sport"),
    NICHE("Lots de niche");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static boolean isCode(String value) {
        for (Sector sector : values()) {
            if (sector.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
