package org.cleanprod.shared.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address users reach Cleanprod at ({@code cleanprod.public-url}, such as
 * {@code https://sxsh.sct.example.gov.vn}): redirects and absolute links are built on it,
 * never on the request's {@code Host} or {@code X-Forwarded-Host} header, which a client
 * chooses. Without it, redirects stay relative, so the browser resolves them against the
 * address it asked for itself.
 */
public final class PublicUrl {

	private final URI origin;

	PublicUrl(String configured) {
		this.origin = (configured == null || configured.isBlank()) ? null : origin(configured.strip());
	}

	public boolean isConfigured() {
		return this.origin != null;
	}

	/**
	 * The absolute address of a path of the application ({@code /login}); the path itself
	 * when no public URL is configured.
	 */
	public String of(String path) {
		return (this.origin != null) ? this.origin + path : path;
	}

	String scheme() {
		return this.origin.getScheme();
	}

	String host() {
		return this.origin.getHost();
	}

	int port() {
		if (this.origin.getPort() != -1) {
			return this.origin.getPort();
		}
		return "https".equals(this.origin.getScheme()) ? 443 : 80;
	}

	/**
	 * The {@code Location} of a redirect: a path ({@code /account}) or a relative
	 * reference ({@code edit}, resolved against the request's path) becomes an address on
	 * the public URL; an absolute address is left alone.
	 */
	String redirect(String location, String requestUri) {
		if (this.origin == null || location == null || location.startsWith("//") || hasScheme(location)) {
			return location;
		}
		if (location.startsWith("/")) {
			return this.origin + location;
		}
		try {
			return URI.create(this.origin + requestUri).resolve(location).toString();
		}
		catch (IllegalArgumentException ex) {
			return location;
		}
	}

	private static boolean hasScheme(String location) {
		return location.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
	}

	private static URI origin(String configured) {
		try {
			URI uri = new URI(configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured);
			boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
			if (!http || uri.getHost() == null || !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
					|| uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
				throw new URISyntaxException(configured, "not an origin");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("cleanprod.public-url: \"" + configured
					+ "\" is not the address of the site (scheme, host and port only, "
					+ "such as https://sxsh.sct.example.gov.vn)", ex);
		}
	}

	@Override
	public String toString() {
		return (this.origin != null) ? this.origin.toString() : "(relative)";
	}

}
