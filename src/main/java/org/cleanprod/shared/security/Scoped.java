package org.cleanprod.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a path variable or request parameter of a controller method as the id of a record
 * of this kind: before the request is bound or validated, the id is resolved through the
 * caller's scope, and one the caller may not see answers 404 like an unknown id.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Scoped {

	ReferenceKind value();

}
