package org.cleanprod.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;

/**
 * Problem responses of an API operation that its signature does not show, such as the 404
 * of a record looked up by date or the 400 of a month given as text. The API description
 * lists them beside the ones derived from the signature ({@link ApiProblemResponses}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Answers {

	HttpStatus[] value();

}
