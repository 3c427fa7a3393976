package org.cleanprod.shared.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Resolves every id a request carries through the caller's scope, the one way all modules
 * do it. An id outside the scope gets exactly the answer of an id that does not exist:
 * 404 for a path or query parameter ({@link #require}), the same field error for a form
 * field, a body field or an import cell ({@link #check}), so nothing tells the two apart.
 */
@Component
public class References implements SmartInitializingSingleton {

	/**
	 * The message key of a field naming a record of this kind that is not there for the
	 * user.
	 */
	public static String unknown(ReferenceKind kind) {
		return "reference.error.unknown." + kind.name();
	}

	private final ObjectProvider<ReferenceScope> contributed;

	private final Map<ReferenceKind, ReferenceScope> scopes = new EnumMap<>(ReferenceKind.class);

	private final boolean everyKind;

	/**
	 * The modules' scopes are looked up once every bean exists, since they use the very
	 * services that resolve references through this. The application refuses to start
	 * unless every kind has its scope; a module started on its own in a test
	 * ({@code cleanprod.references.every-kind=false}) has only its own and those of the
	 * modules it depends on.
	 */
	References(ObjectProvider<ReferenceScope> contributed,
			@Value("${cleanprod.references.every-kind:true}") boolean everyKind) {
		this.contributed = contributed;
		this.everyKind = everyKind;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.contributed.orderedStream().forEach(scope -> {
			if (this.scopes.put(scope.kind(), scope) != null) {
				throw new IllegalStateException("Two scopes for " + scope.kind());
			}
		});
		Set<ReferenceKind> missing = Arrays.stream(ReferenceKind.values())
			.filter(kind -> !this.scopes.containsKey(kind))
			.collect(Collectors.toSet());
		if (this.everyKind && !missing.isEmpty()) {
			throw new IllegalStateException("No module resolves references to " + missing);
		}
	}

	/** Whether the record exists and the user may see it; false for no user or no id. */
	public boolean visible(ReferenceKind kind, Object id, CurrentUser user) {
		return id != null && user != null && this.scopes.get(kind).visible().test(id.toString(), user);
	}

	/** The id, when the user may see its record; otherwise not found (404). */
	public <T> T require(ReferenceKind kind, T id, CurrentUser user) {
		if (!visible(kind, id, user)) {
			throw new NotFoundException(kind.name().toLowerCase(), id, switch (kind) {
				// Uploads and import jobs go by design: say so rather than just "not
				// found".
				case IMPORT_JOB -> "reference.notFound." + kind.name();
				default -> NotFoundException.DETAIL;
			});
		}
		return id;
	}

	/**
	 * Checks an id given in a field: when the user may not see its record, rejects the
	 * field with {@link #unknown}, as for an id that does not exist. A missing id is left
	 * to the field's own rules. True when the id may be used.
	 */
	public boolean check(ReferenceKind kind, Object id, CurrentUser user, String field,
			InvalidFormException.Collector errors) {
		if (id == null || visible(kind, id, user)) {
			return true;
		}
		errors.reject(field, unknown(kind));
		return false;
	}

}
