package org.cleanprod.shared.web;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before everything else and shows the rest of the application the request as the
 * client made it: from the {@link ClientAddress} (so {@code getRemoteAddr()} is the same
 * everywhere), to the {@link PublicUrl} when one is configured (scheme, host, port and
 * {@code isSecure()}, so that cookies are marked secure behind a TLS proxy), and with
 * redirects sent to that public URL. {@code X-Forwarded-Host}, {@code X-Forwarded-Proto}
 * and {@code Forwarded} are never read.
 */
class ClientRequestFilter extends OncePerRequestFilter {

	private final ClientAddress addresses;

	private final PublicUrl publicUrl;

	ClientRequestFilter(ClientAddress addresses, PublicUrl publicUrl) {
		this.addresses = addresses;
		this.publicUrl = publicUrl;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = this.addresses.resolve(request.getRemoteAddr(),
				Collections.list(request.getHeaders("X-Forwarded-For")));
		request.setAttribute(ClientAddress.ATTRIBUTE, client);
		chain.doFilter(new ClientRequest(request, client, this.publicUrl),
				new PublicRedirects(response, request, this.publicUrl));
	}

	/** The error page of a request already filtered is shown to the same client. */
	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	private static final class ClientRequest extends HttpServletRequestWrapper {

		private final String client;

		private final PublicUrl publicUrl;

		ClientRequest(HttpServletRequest request, String client, PublicUrl publicUrl) {
			super(request);
			this.client = client;
			this.publicUrl = publicUrl;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public String getScheme() {
			return this.publicUrl.isConfigured() ? this.publicUrl.scheme() : super.getScheme();
		}

		@Override
		public String getServerName() {
			return this.publicUrl.isConfigured() ? this.publicUrl.host() : super.getServerName();
		}

		@Override
		public int getServerPort() {
			return this.publicUrl.isConfigured() ? this.publicUrl.port() : super.getServerPort();
		}

		@Override
		public boolean isSecure() {
			return this.publicUrl.isConfigured() ? "https".equals(this.publicUrl.scheme()) : super.isSecure();
		}

		@Override
		public StringBuffer getRequestURL() {
			return this.publicUrl.isConfigured() ? new StringBuffer(this.publicUrl.of(getRequestURI()))
					: super.getRequestURL();
		}

	}

	private static final class PublicRedirects extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private final PublicUrl publicUrl;

		PublicRedirects(HttpServletResponse response, HttpServletRequest request, PublicUrl publicUrl) {
			super(response);
			this.request = request;
			this.publicUrl = publicUrl;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(rewrite(location));
		}

		@Override
		public void sendRedirect(String location, boolean clearBuffer) throws IOException {
			super.sendRedirect(rewrite(location), clearBuffer);
		}

		@Override
		public void sendRedirect(String location, int sc) throws IOException {
			super.sendRedirect(rewrite(location), sc);
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
			super.sendRedirect(rewrite(location), sc, clearBuffer);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(value) : value);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(value) : value);
		}

		private String rewrite(String location) {
			return this.publicUrl.redirect(location, this.request.getRequestURI());
		}

	}

}
