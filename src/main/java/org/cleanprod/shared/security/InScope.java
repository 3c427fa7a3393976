package org.cleanprod.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form or body field holding the id (or ids) of records of this kind that the caller
 * must be able to see. One outside the scope fails with the message of an id that does
 * not exist. Services check the same through {@link References}, for callers that are not
 * requests.
 */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InScope.Validator.class)
@Documented
public @interface InScope {

	ReferenceKind value();

	String message() default "{reference.error.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Resolves the ids as the user of the current request. */
	class Validator implements ConstraintValidator<InScope, Object> {

		private final References references;

		private ReferenceKind kind;

		Validator(References references) {
			this.references = references;
		}

		@Override
		public void initialize(InScope annotation) {
			this.kind = annotation.value();
		}

		@Override
		public boolean isValid(Object value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			CurrentUser user = CurrentUser.current();
			boolean valid = (value instanceof Collection<?> ids)
					? ids.stream().allMatch(id -> id == null || this.references.visible(this.kind, id, user))
					: this.references.visible(this.kind, value, user);
			if (!valid) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + References.unknown(this.kind) + "}")
					.addConstraintViolation();
			}
			return valid;
		}

	}

}
