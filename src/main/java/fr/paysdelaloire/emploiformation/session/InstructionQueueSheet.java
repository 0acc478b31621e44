package fr.paysdelaloire.emploiformation.session;

import fr.paysdelaloire.emploiformation.api.Spreadsheet;

/**
 * The instruction queue as the Region's officers open it in a spreadsheet (issue #23): the session requests waiting, in
 * order of arrival (§9), then the reviews of authorised sessions (§5, §6), one line each, French column names.
 */
final class InstructionQueueSheet {

    static final String NAME = "file-d-instruction";

    private InstructionQueueSheet() {
    }

    static Spreadsheet of(InstructionQueueResponse queue) {
        Spreadsheet sheet = new Spreadsheet().line("Rang", "Nature", "Demande de session", "Lot", "Intitulé", "Statut", "Places",
                "Entrée dans la file", "Jours d'attente", "Intentions sans immersion (§6)", "Analyse", "Intention d'embauche", "Postes de l'intention",
                "Postes engagés", "Taille du groupe (§5)");
        for (InstructionQueueResponse.Entry entry : queue.items()) {
            sheet.line(entry.position(), "Demande de session", entry.id(), entry.lotCode(), entry.title(), entry.status(),
                    entry.places(), entry.firstSubmittedAt(), entry.daysWaited(), entry.intentionsWithoutImmersion(), null, null, null,
                    null, null);
        }
        for (InstructionQueueResponse.Review review : queue.reviews()) {
            sheet.line(review.position(), "Analyse de situation", review.sessionRequestId(), review.lotCode(), review.title(),
                    review.status(), review.places(), review.openedAt(), review.daysWaited(), null, kind(review.kind()),
                    review.hiringIntentionId(), review.positions(), review.committedPositions(),
                    review.groupSize() == null ? null : review.groupSize().outcome());
        }
        return sheet;
    }

    static String kind(SessionReviewRules.Kind kind) {
        return switch (kind) {
            case WITHDRAWAL -> "Désistement d'un employeur";
            case JOINING -> "Entrée d'un stagiaire";
            case EXTRA_HOURS -> "Heures supplémentaires";
        };
    }
}
