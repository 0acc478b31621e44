package fr.paysdelaloire.emploiformation.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What the Region pays: trainee-hours at the lot's price per trainee-hour (FAQ §8). Plain Java. */
public final class LotPrice {

    private LotPrice() {
    }

    /** §8: trainee-hours × the lot's price per trainee-hour, rounded once, to the cent, half up. */
    public static BigDecimal amount(BigDecimal traineeHours, BigDecimal pricePerTraineeHour) {
        return pricePerTraineeHour.multiply(traineeHours).setScale(2, RoundingMode.HALF_UP);
    }
}
