package org.cleanprod.shared.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.security.Scoped;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The problem responses of every API operation, derived from its handler so that a new
 * endpoint is described like the others, each a reference to one shared response of
 * {@code application/problem+json}:
 * <ul>
 * <li>400 when it reads a body or a parameter that may be malformed (a number, a date, a
 * value from a list, a required one, paging);</li>
 * <li>401 always: every API path needs a caller;</li>
 * <li>403 when it needs a permission beyond signing in, or changes something (a session
 * caller must send its CSRF token);</li>
 * <li>404 when it takes an id in its path or a {@link Scoped} parameter;</li>
 * <li>409 when it replaces or deletes a record by its version.</li>
 * </ul>
 * What a signature does not show, the handler declares with {@link Answers}.
 */
class ApiProblemResponses implements OperationCustomizer {

	private static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	/** Adds the problem schema and the shared responses to the API description. */
	static Components describe(Components components) {
		components.addSchemas("Problem", problem());
		for (Shared shared : Shared.values()) {
			components.addResponses(shared.component,
					new ApiResponse().description(shared.description)
						.content(new Content().addMediaType(MEDIA_TYPE,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
		}
		return components;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		Set<HttpStatus> statuses = EnumSet.of(HttpStatus.UNAUTHORIZED);
		if (mayBeMalformed(operation, handler)) {
			statuses.add(HttpStatus.BAD_REQUEST);
		}
		if (needsPermission(handler) || changes(handler)) {
			statuses.add(HttpStatus.FORBIDDEN);
		}
		if (takesId(handler)) {
			statuses.add(HttpStatus.NOT_FOUND);
		}
		if (replacesOrDeletes(handler) && versioned(handler)) {
			statuses.add(HttpStatus.CONFLICT);
		}
		Answers answers = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Answers.class);
		if (answers != null) {
			statuses.addAll(List.of(answers.value()));
		}
		for (HttpStatus status : statuses) {
			operation.getResponses()
				.addApiResponse(String.valueOf(status.value()),
						new ApiResponse().$ref("#/components/responses/" + Shared.of(status, handler).component));
		}
		return operation;
	}

	/**
	 * A body, paging, or a parameter other than free text or a scoped id (which answers
	 * 404 however malformed).
	 */
	private static boolean mayBeMalformed(Operation operation, HandlerMethod handler) {
		if (operation.getRequestBody() != null
				|| parameters(handler).anyMatch(parameter -> parameter.getParameterType() == PageQuery.class)) {
			return true;
		}
		Set<String> scoped = Set
			.copyOf(parameters(handler).filter(parameter -> parameter.hasParameterAnnotation(Scoped.class))
				.map(ApiProblemResponses::name)
				.toList());
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		return parameters.stream()
			.filter(parameter -> !("path".equals(parameter.getIn()) && scoped.contains(parameter.getName())))
			.anyMatch(parameter -> (Boolean.TRUE.equals(parameter.getRequired()) && !"path".equals(parameter.getIn()))
					|| !freeText(parameter.getSchema()));
	}

	private static boolean freeText(Schema<?> schema) {
		if (schema == null) {
			return true;
		}
		Set<String> types = (schema.getTypes() != null) ? schema.getTypes()
				: (schema.getType() != null) ? Set.of(schema.getType()) : Set.of();
		return types.equals(Set.of("string")) && schema.getEnum() == null && schema.getFormat() == null
				&& schema.getPattern() == null;
	}

	private static boolean needsPermission(HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		return rule == null || !"isAuthenticated()".equals(rule.value().strip());
	}

	private static boolean changes(HandlerMethod handler) {
		return methods(handler).anyMatch(method -> method != RequestMethod.GET && method != RequestMethod.HEAD);
	}

	private static boolean replacesOrDeletes(HandlerMethod handler) {
		return methods(handler).anyMatch(method -> method == RequestMethod.PUT || method == RequestMethod.PATCH
				|| method == RequestMethod.DELETE);
	}

	private static Stream<RequestMethod> methods(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return (mapping != null) ? Arrays.stream(mapping.method()) : Stream.empty();
	}

	private static boolean takesId(HandlerMethod handler) {
		return parameters(handler).anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class)
				|| parameter.hasParameterAnnotation(Scoped.class));
	}

	/** A {@code version} parameter, or a body with a {@code version}. */
	private static boolean versioned(HandlerMethod handler) {
		return parameters(handler).anyMatch(
				parameter -> "version".equals(name(parameter)) || (parameter.hasParameterAnnotation(RequestBody.class)
						&& (ReflectionUtils.findMethod(parameter.getParameterType(), "version") != null
								|| ReflectionUtils.findMethod(parameter.getParameterType(), "getVersion") != null)));
	}

	private static Stream<MethodParameter> parameters(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters());
	}

	private static String name(MethodParameter parameter) {
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		if (path != null && !path.name().isEmpty()) {
			return path.name();
		}
		parameter.initParameterNameDiscovery(NAMES);
		return parameter.getParameterName();
	}

	/** RFC 9457, with the field errors of a 400. */
	private static Schema<?> problem() {
		Schema<?> error = new ObjectSchema().addProperty("field", new StringSchema().description("The field, as sent"))
			.addProperty("message", new StringSchema().description("What is wrong, in the caller's language"));
		return new ObjectSchema().description("A problem detail (RFC 9457), titled in the caller's language.")
			.addProperty("type",
					new StringSchema().format("uri-reference")
						.description("The kind of problem; about:blank when the status says it all"))
			.addProperty("title", new StringSchema().description("A short summary, in the caller's language"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What went wrong here, in the caller's language"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The path of the request"))
			.addProperty("errors", new ArraySchema().items(error).description("The fields in error (400)"))
			.required(List.of("status", "title"));
	}

	/**
	 * The shared responses: their status, their name in the components, what they mean.
	 */
	private enum Shared {

		BAD_REQUEST(HttpStatus.BAD_REQUEST, "BadRequest",
				"The request is malformed (an unreadable body, a parameter of the wrong type) or breaks a field "
						+ "rule; errors lists every field in error with its message."),

		UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized", "No valid access token was sent, nor a session cookie."),

		FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden",
				"The caller's role lacks the permission, or a caller signed in by session sent a change without "
						+ "its CSRF token."),

		NOT_FOUND(HttpStatus.NOT_FOUND, "NotFound",
				"The record does not exist or lies outside the caller's data scope; both answer alike."),

		CONFLICT(HttpStatus.CONFLICT, "Conflict",
				"The record changed since it was read (the version sent is not the current one), or a conflicting "
						+ "operation is under way; detail says which."),

		UNPROCESSABLE_CONTENT(HttpStatus.UNPROCESSABLE_CONTENT, "UnprocessableContent",
				"The request is well formed but cannot be carried out as sent; detail says why.");

		private final HttpStatus status;

		private final String component;

		private final String description;

		Shared(HttpStatus status, String component, String description) {
			this.status = status;
			this.component = component;
			this.description = description;
		}

		static Shared of(HttpStatus status, HandlerMethod handler) {
			return Arrays.stream(values())
				.filter(shared -> shared.status == status)
				.findFirst()
				.orElseThrow(
						() -> new IllegalStateException(handler + " answers " + status + ", not a shared response"));
		}

	}

}
