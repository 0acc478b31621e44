package fr.paysdelaloire.emploiformation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The ROME code → sector table (issue #21): the longest prefix wins, some jobs belong to no sector. */
class RomeSectorsTest {

    @Test
    void theDomainLetterGivesTheSector() {
        assertEquals(Optional.of(Sector.CONSTRUCTION), RomeSectors.of("F1703")); // maçon
        assertEquals(Optional.of(Sector.MOBILITES), RomeSectors.of("N4101")); // conduite de transport de marchandises
        assertEquals(Optional.of(Sector.HOTELLERIE_RESTAURATION_TOURISME), RomeSectors.of("G1602")); // personnel de cuisine
        assertEquals(Optional.of(Sector.INTER_INDUSTRIE), RomeSectors.of("H2913")); // soudage manuel
    }

    @Test
    void aProfessionalDomainOrAJobCodeOverridesItsLetter() {
        assertEquals(Optional.of(Sector.METIERS_DE_BOUCHE), RomeSectors.of("D1102")); // boulangerie, not commerce
        assertEquals(Optional.of(Sector.COMMERCE), RomeSectors.of("D1211")); // vente en articles de sport
        assertEquals(Optional.of(Sector.MARITIME), RomeSectors.of("N3102")); // équipage de la navigation maritime
        assertEquals(Optional.of(Sector.NUMERIQUE), RomeSectors.of("M1805")); // études et développement informatique
        assertEquals(Optional.of(Sector.METIERS_SUPPORTS_ENTREPRISE), RomeSectors.of("M1607")); // secrétariat
        assertEquals(Optional.of(Sector.ANIMATION_ENFANCE_JEUNESSE), RomeSectors.of("G1203"));
        assertEquals(Optional.of(Sector.SPORT), RomeSectors.of("G1204"));
        assertEquals(Optional.of(Sector.TELECOMMUNICATIONS), RomeSectors.of("I1307"));
        assertEquals(Optional.of(Sector.AGRICULTURE_AGROALIMENTAIRE), RomeSectors.of("H2102")); // production alimentaire
    }

    @Test
    void aJobNoSectorTakesHasNone() {
        assertEquals(Optional.empty(), RomeSectors.of("J1501")); // aide-soignant: health is no sector of these markets
        assertEquals(Optional.empty(), RomeSectors.of("L1503")); // performing arts
        assertEquals(Optional.empty(), RomeSectors.of(null));
    }

    @Test
    void everyPrefixIsServedWithItsSector_andMapsBackToIt() {
        int prefixes = 0;
        for (Sector sector : Sector.values()) {
            for (String prefix : RomeSectors.prefixesOf(sector)) {
                String code = (prefix + "0000").substring(0, 5);
                assertEquals(Optional.of(sector), RomeSectors.of(prefix.length() == 5 ? prefix : code), prefix);
                prefixes++;
            }
        }
        assertEquals(23, prefixes);
        assertTrue(Arrays.stream(Sector.values()).filter(s -> RomeSectors.prefixesOf(s).isEmpty()).allMatch(s -> s == Sector.NICHE));
    }
}
