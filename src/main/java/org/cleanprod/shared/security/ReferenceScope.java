package org.cleanprod.shared.security;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Which records of one kind a user may name: those that exist and lie within the user's
 * data scope. Contributed as a bean by the module that owns the kind; ids come as the
 * request carries them (text), so an id that cannot be one is simply not visible.
 */
public record ReferenceScope(ReferenceKind kind, BiPredicate<String, CurrentUser> visible) {

	/** Whether a long id is visible to the user. */
	@FunctionalInterface
	public interface ByLong {

		boolean visible(long id, CurrentUser user);

	}

	/** A kind whose ids are numbers. */
	public static ReferenceScope ofLong(ReferenceKind kind, ByLong visible) {
		return new ReferenceScope(kind, (id, user) -> {
			try {
				return visible.visible(Long.parseLong(id.strip()), user);
			}
			catch (NumberFormatException ex) {
				return false;
			}
		});
	}

	/** A kind whose ids are texts: codes, keys, UUIDs. */
	public static ReferenceScope ofText(ReferenceKind kind, BiPredicate<String, CurrentUser> visible) {
		return new ReferenceScope(kind, visible);
	}

	/**
	 * A kind of reference data with no data scope (every role reads it; editing needs a
	 * permission the page checks): an id is visible to anyone when the record exists.
	 */
	public static ReferenceScope existingLong(ReferenceKind kind, LongFunction<? extends Optional<?>> find) {
		return ofLong(kind, (id, user) -> find.apply(id).isPresent());
	}

	/** {@link #existingLong} for a kind whose ids are texts. */
	public static ReferenceScope existingText(ReferenceKind kind, Function<String, ? extends Optional<?>> find) {
		return ofText(kind, (code, user) -> find.apply(code).isPresent());
	}

}
