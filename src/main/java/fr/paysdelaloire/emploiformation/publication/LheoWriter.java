package fr.paysdelaloire.emploiformation.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.paysdelaloire.emploiformation.validation.XmlText;

/**
 * Writes published sessions as LHEO 2.3 (namespace {@code http://lheo.gouv.fr/2.3}), one session at a time
 * so that memory does not grow with their number: each session is a formation with one action and one
 * session, the training body responsible, the Region as funder (code-financeur 2) with the funded places,
 * and the scheme's specifics in {@code extras}. Elements follow the schema's sequences.
 */
public final class LheoWriter {

    public static final String NAMESPACE = "http://lheo.gouv.fr/2.3";
    /** dict-financeurs: 2 = Conseil régional. */
    static final String REGION_FUNDER = "2";
    /** dict-type-parcours: 2 = individualisé (FAQ §5, §7: paths are individualised inside a session). */
    static final String INDIVIDUALISED = "2";
    static final DateTimeFormatter LHEO_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter EXPORT_STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final XMLStreamWriter xml;
    private final String publicViseCode;

    /** True when the session's element stands alone (a stored fragment) and declares its namespace itself. */
    private final boolean standalone;

    public LheoWriter(XMLStreamWriter xml, String publicViseCode) {
        this(xml, publicViseCode, false);
    }

    private LheoWriter(XMLStreamWriter xml, String publicViseCode, boolean standalone) {
        this.xml = xml;
        this.publicViseCode = publicViseCode;
        this.standalone = standalone;
    }

    public void start(OffsetDateTime exportedAt) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "lheo");
        xml.writeDefaultNamespace(NAMESPACE);
        // always with seconds: OffsetDateTime#toString drops ":00" seconds, which xs:dateTime does not allow
        xml.writeAttribute("horodatage-export", exportedAt.format(EXPORT_STAMP));
        xml.writeStartElement(NAMESPACE, "offres");
    }

    public void end() throws XMLStreamException {
        xml.writeEndElement();
        extras("dispositif", "1 emploi = 1 formation — Région Pays de la Loire");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    /**
     * Stands for the export's {@code code-public-vise} in a stored fragment ({@link #fragment}): the setting is read at
     * export time, as when every session was rendered then.
     */
    static final String PUBLIC_VISE_MARK = "@@code-public-vise@@";

    /**
     * One session's {@code formation} element alone, as the export writes it (with its namespace declared, since it
     * stands alone), the public aimed at left as {@link #PUBLIC_VISE_MARK}: rendered once at publication and stored.
     */
    public static String fragment(PublishedSession s) {
        java.io.StringWriter out = new java.io.StringWriter(4096);
        try {
            XMLStreamWriter xml = javax.xml.stream.XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.setDefaultNamespace(NAMESPACE);
            new LheoWriter(xml, PUBLIC_VISE_MARK, true).session(s);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("LHEO fragment of session " + s.id(), e);
        }
        return out.toString();
    }

    /** A stored fragment as the export writes it: the configured public aimed at put in. */
    public static String exported(String fragment, String publicViseCode) {
        return fragment.replace(PUBLIC_VISE_MARK, publicViseCode);
    }

    public void session(PublishedSession s) throws XMLStreamException {
        String datemaj = s.updatedAt().format(LHEO_DATE).substring(0, 8);
        xml.writeStartElement(NAMESPACE, "formation");
        if (standalone) {
            xml.writeDefaultNamespace(NAMESPACE);
        }
        xml.writeAttribute("numero", s.id().toString());
        xml.writeAttribute("datemaj", datemaj);
        xml.writeStartElement(NAMESPACE, "domaine-formation");
        text("code-FORMACODE", s.formacode());
        for (String rome : s.romeCodes()) {
            text("code-ROME", rome);
        }
        xml.writeEndElement();
        text("intitule-formation", cut(s.title(), 255));
        text("objectif-formation", cut("Former aux emplois proposés par " + s.hiringIntentions()
                + " intention(s) d'embauche d'employeurs engagés à recruter à l'issue de la session (dispositif 1 emploi = 1 formation).", 3000));
        text("resultats-attendus", cut(results(s), 3000));
        text("contenu-formation", cut(s.title() + " — parcours individualisés selon le profil des stagiaires et les besoins des employeurs.", 3000));
        text("certifiante", certifying(s) ? "1" : "0");
        xml.writeStartElement(NAMESPACE, "contact-formation");
        coordinates(s.locations().isEmpty() ? null : s.locations().get(0), s.trainingBody().name());
        xml.writeEndElement();
        text("parcours-de-formation", INDIVIDUALISED);
        text("code-niveau-entree", "0");
        certification(s);
        action(s, datemaj);
        responsible(s);
        extras("intentions-embauche", Integer.toString(s.hiringIntentions()),
                "implication-employeurs", String.join(",", s.employerInvolvement()),
                "lot", s.lotCode(),
                "mandataire-siret", s.mandataire().siret(),
                "type-session", s.kind(),
                // §1: where the jobs are; LHEO 2.3 has no element for it (INSEE codes and départements, positions there)
                "lieux-emplois", jobPlaces(s),
                "departements-emplois", s.jobLocations().stream().map(PublishedSession.JobLocation::department).distinct()
                        .collect(java.util.stream.Collectors.joining(",")));
        xml.writeEndElement();
    }

    private void action(PublishedSession s, String datemaj) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "action");
        xml.writeAttribute("numero", s.id() + "-A");
        xml.writeAttribute("datemaj", datemaj);
        text("rythme-formation", "Temps plein ; temps partiel possible selon le profil (§5)");
        text("code-public-vise", publicViseCode);
        text("niveau-entree-obligatoire", "0");
        text("modalites-alternance", "Immersions en entreprise chez les employeurs engagés (§6).");
        text("modalites-enseignement", "0");
        text("conditions-specifiques", "Parcours financé par la Région pour un demandeur d'emploi répondant à une intention "
                + "d'embauche d'un employeur partenaire ; profil validé par le réseau des valideurs.");
        text("prise-en-charge-frais-possible", "0");
        for (PublishedSession.Location location : s.locations()) {
            xml.writeStartElement(NAMESPACE, "lieu-de-formation");
            coordinates(location, null);
            xml.writeEndElement();
        }
        text("modalites-entrees-sorties", s.permanentEntry() ? "1" : "0");
        xml.writeStartElement(NAMESPACE, "session");
        xml.writeAttribute("numero", s.id().toString());
        xml.writeAttribute("datemaj", datemaj);
        xml.writeStartElement(NAMESPACE, "periode");
        text("debut", date(s.startDate(), "00000000"));
        text("fin", date(s.endDate(), "99999999"));
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "adresse-inscription");
        address(s.locations().isEmpty() ? null : s.locations().get(0));
        xml.writeEndElement();
        // dict-etat-recrutement: 1 open, 2 closed
        text("etat-recrutement", s.recruitmentOpen() ? "1" : "2");
        extras("places-restantes", Integer.toString(s.placesLeft()), "statut", s.status());
        xml.writeEndElement();
        text("nombre-heures-total", Integer.toString(s.plannedHours()));
        xml.writeStartElement(NAMESPACE, "organisme-financeur");
        text("code-financeur", REGION_FUNDER);
        text("nb-places-financees", Integer.toString(s.places()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void responsible(PublishedSession s) throws XMLStreamException {
        PublishedSession.Organisation body = s.trainingBody();
        xml.writeStartElement(NAMESPACE, "organisme-formation-responsable");
        text("numero-activite", body.nda());
        xml.writeStartElement(NAMESPACE, "SIRET-organisme-formation");
        text("SIRET", body.siret());
        xml.writeEndElement();
        text("nom-organisme", cut(body.name(), 250));
        text("raison-sociale", cut(body.name(), 250));
        xml.writeStartElement(NAMESPACE, "coordonnees-organisme");
        coordinates(s.locations().isEmpty() ? null : s.locations().get(0), null);
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "contact-organisme");
        coordinates(s.locations().isEmpty() ? null : s.locations().get(0), null);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void certification(PublishedSession s) throws XMLStreamException {
        String code = s.certification().code();
        if (code == null) {
            return;
        }
        String kind = s.certification().kind();
        String digits = code.replaceAll("^(RNCP|RS)", "").replaceAll("BC\\d+$", "");
        xml.writeStartElement(NAMESPACE, "certification");
        text("RS".equals(kind) ? "code-RS" : "code-RNCP", digits);
        xml.writeEndElement();
    }

    private void coordinates(PublishedSession.Location location, String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "coordonnees");
        if (name != null) {
            text("nom", cut(name, 50));
        }
        if (location != null) {
            address(location);
        }
        xml.writeEndElement();
    }

    private void address(PublishedSession.Location location) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "adresse");
        text("ligne", cut(location == null ? "Adresse communiquée par l'organisme" : location.label(), 50));
        text("codepostal", location == null ? "00000" : location.postcode());
        text("ville", cut(location == null ? "Pays de la Loire" : location.city(), 50));
        if (location != null) {
            text("code-INSEE-commune", location.communeInsee());
        }
        xml.writeEndElement();
    }

    private void extras(String... infoAndValues) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "extras");
        for (int i = 0; i + 1 < infoAndValues.length; i += 2) {
            xml.writeStartElement(NAMESPACE, "extra");
            xml.writeAttribute("info", infoAndValues[i]);
            xml.writeCharacters(infoAndValues[i + 1] == null ? "" : XmlText.sanitise(infoAndValues[i + 1]));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Every text goes out without the characters XML 1.0 does not allow, whatever the database holds. */
    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element);
        xml.writeCharacters(XmlText.sanitise(value));
        xml.writeEndElement();
    }

    /** "44109:2,49007:1": each place of work's INSEE code and the positions there. */
    static String jobPlaces(PublishedSession s) {
        return s.jobLocations().stream().map(l -> l.communeInsee() + ":" + l.positions()).collect(java.util.stream.Collectors.joining(","));
    }

    private static boolean certifying(PublishedSession s) {
        return !"SKILLS".equals(s.certification().kind());
    }

    private static String results(PublishedSession s) {
        return switch (s.certification().kind()) {
            case "RNCP" -> "Certification " + s.certification().code() + " (RNCP).";
            case "RS" -> "Certification " + s.certification().code() + " (Répertoire spécifique).";
            case "SKILLS_BLOCK" -> "Bloc de compétences " + s.certification().code() + ".";
            case "PARTIAL" -> "Certification partielle de " + s.certification().code() + ", attestée (§4).";
            default -> "Acquisition de compétences attendues par les employeurs (§4).";
        };
    }

    private static String date(LocalDate date, String unknown) {
        return date == null ? unknown : date.format(LHEO_DATE);
    }

    /** At most {@code max} characters as the schema counts them (code points), never splitting one; "-" when empty. */
    static String cut(String value, int max) {
        String text = XmlText.sanitise(value);
        if (text == null || text.isBlank()) {
            return "-";
        }
        return XmlText.cut(text, max);
    }
}
