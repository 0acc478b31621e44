package fr.paysdelaloire.emploiformation.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the Region's sectors (FAQ §2) a job belongs to, by its ROME code: how an employer's need finds the lots that
 * could train for it (issue #21). The ROME's own tree is France Travail's: 14 "grands domaines" (the code's letter, A to
 * N) split into "domaines professionnels" (letter and two digits) and "fiches métiers" (letter and four digits), the
 * same in ROME v3 and ROME 4.0. The Region publishes no table from ROME codes to its sectors; this one is the service's
 * reading of both lists, stated here and served at {@code GET /sectors} ({@code rome_prefixes}): the longest prefix
 * listed wins; a job whose code matches none (health, the performing arts, crafts) belongs to no sector, and its need is
 * what no lot covers — shown to the Region as such (§2: new trainings may be proposed for an employer's specific need).
 * Plain Java.
 */
public final class RomeSectors {

    /** Prefix → sector, longest prefixes first so the first match is the most specific. */
    private static final Map<String, Sector> PREFIXES;

    static {
        Map<String, Sector> table = new LinkedHashMap<>();
        // fiches métiers
        table.put("G1202", Sector.ANIMATION_ENFANCE_JEUNESSE); // animation d'activités culturelles ou ludiques
        table.put("G1203", Sector.ANIMATION_ENFANCE_JEUNESSE); // animation de loisirs auprès d'enfants ou d'adolescents
        table.put("G1204", Sector.SPORT); // éducation en activités sportives
        table.put("K1206", Sector.ANIMATION_ENFANCE_JEUNESSE); // intervention socioculturelle
        table.put("K1801", Sector.FORMATION_INSERTION_PROFESSIONNELLES); // conseil en emploi et insertion socioprofessionnelle
        table.put("I1307", Sector.TELECOMMUNICATIONS); // installation et maintenance télécoms et courants faibles
        // domaines professionnels
        table.put("D11", Sector.METIERS_DE_BOUCHE); // commerce alimentaire et métiers de bouche
        table.put("H21", Sector.AGRICULTURE_AGROALIMENTAIRE); // industries alimentaires
        table.put("K21", Sector.FORMATION_INSERTION_PROFESSIONNELLES); // formation initiale et continue
        table.put("M18", Sector.NUMERIQUE); // systèmes d'information et de télécommunication
        table.put("N31", Sector.MARITIME); // personnel navigant du transport maritime et fluvial
        table.put("N32", Sector.MARITIME); // exploitation portuaire et du transport maritime et fluvial
        // grands domaines
        table.put("A", Sector.AGRICULTURE_AGROALIMENTAIRE); // agriculture et pêche, espaces naturels et verts, soins aux animaux
        table.put("C", Sector.METIERS_SUPPORTS_ENTREPRISE); // banque, assurance, immobilier
        table.put("D", Sector.COMMERCE); // commerce, vente et grande distribution
        table.put("E", Sector.NUMERIQUE); // communication, média et multimédia
        table.put("F", Sector.CONSTRUCTION); // construction, bâtiment et travaux publics
        table.put("G", Sector.HOTELLERIE_RESTAURATION_TOURISME); // hôtellerie-restauration, tourisme, loisirs et animation
        table.put("H", Sector.INTER_INDUSTRIE); // industrie
        table.put("I", Sector.INTER_INDUSTRIE); // installation et maintenance
        table.put("K", Sector.PROPRETE_HYGIENE_SERVICES_PERSONNE); // services à la personne et à la collectivité
        table.put("M", Sector.METIERS_SUPPORTS_ENTREPRISE); // support à l'entreprise
        table.put("N", Sector.MOBILITES); // transport et logistique
        PREFIXES = Collections.unmodifiableMap(table);
    }

    private RomeSectors() {
    }

    /** The sector of a job, by its ROME code; empty when no sector of the Region's markets takes it. */
    public static Optional<Sector> of(String romeCode) {
        if (romeCode == null) {
            return Optional.empty();
        }
        return PREFIXES.entrySet().stream().filter(e -> romeCode.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** The ROME prefixes (domain letters, professional domains, job codes) that fall in {@code sector}. */
    public static List<String> prefixesOf(Sector sector) {
        List<String> prefixes = new ArrayList<>();
        PREFIXES.forEach((prefix, s) -> {
            if (s == sector) {
                prefixes.add(prefix);
            }
        });
        Collections.sort(prefixes);
        return List.copyOf(prefixes);
    }
}
