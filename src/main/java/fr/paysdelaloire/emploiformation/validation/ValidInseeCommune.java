package fr.paysdelaloire.emploiformation.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Bean Validation face of {@link InseeCommuneCode}; null passes (pair it with {@code @NotNull}). */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = ValidInseeCommune.Validator.class)
public @interface ValidInseeCommune {

    String message() default "must be an INSEE commune code (5 characters, e.g. 44109 for Nantes; not a postcode)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidInseeCommune, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || InseeCommuneCode.isValid(value);
        }
    }
}
