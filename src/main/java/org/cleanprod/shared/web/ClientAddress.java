package org.cleanprod.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind a request: the one place that reads
 * {@code X-Forwarded-For}. The header is believed only when the immediate peer is one of
 * the configured trusted proxies ({@code cleanprod.security.trusted-proxies}, addresses
 * or CIDR ranges; none by default), and only as far as it was written by trusted proxies:
 * read from the right, the first address that is not a trusted proxy is the client. So a
 * client that writes the header itself changes nothing: the login throttle, the audit
 * trail and the sign-in details all see the address the connection came from.
 */
public final class ClientAddress {

	static final String ATTRIBUTE = ClientAddress.class.getName();

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");

	private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)\\](:\\d{1,5})?");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<IpAddressMatcher> trustedProxies;

	/**
	 * @param trustedProxies addresses ({@code 10.0.0.5}, {@code ::1}) or CIDR ranges
	 * ({@code 10.0.0.0/8}); a host name is refused, so that no lookup is ever made
	 */
	ClientAddress(List<String> trustedProxies) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String entry : trustedProxies) {
			String range = entry.strip();
			if (range.isEmpty()) {
				continue;
			}
			String[] parts = range.split("/", -1);
			String address = literal(parts[0]);
			if (address == null || parts.length > 2 || (parts.length == 2 && !maskFits(parts[1], address))) {
				throw new IllegalArgumentException("cleanprod.security.trusted-proxies: \"" + range
						+ "\" is not an IP address or CIDR range (such as 10.0.0.5 or 10.0.0.0/8)");
			}
			matchers.add(new IpAddressMatcher((parts.length == 2) ? address + "/" + parts[1] : address));
		}
		this.trustedProxies = List.copyOf(matchers);
	}

	/** The client address of the current request; null outside a request. */
	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return null;
	}

	/** The client address of a request, as resolved when it came in. */
	public static String of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String address) ? address : request.getRemoteAddr();
	}

	/**
	 * The client of a connection from {@code peer} carrying these {@code X-Forwarded-For}
	 * values (several headers count as one list, in order).
	 */
	String resolve(String peer, List<String> forwardedFor) {
		if (!isTrusted(peer)) {
			return peer;
		}
		List<String> hops = new ArrayList<>();
		for (String header : forwardedFor) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		String client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = literal(hops.get(i));
			if (hop == null) {
				// A trusted proxy passed on something that is no address: the last
				// trusted
				// hop is the best that is known.
				return client;
			}
			client = hop;
			if (!isTrusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	boolean isTrusted(String address) {
		String literal = literal(address);
		return literal != null && this.trustedProxies.stream().anyMatch(range -> range.matches(literal));
	}

	/**
	 * The address in its canonical form ({@code [::1]:80} → {@code 0:0:0:0:0:0:0:1},
	 * {@code 192.0.2.1:443} → {@code 192.0.2.1}); null when it is not an IP address.
	 * Never looks a name up.
	 */
	static String literal(String text) {
		if (text == null) {
			return null;
		}
		String address = text.strip();
		int zone = address.indexOf('%');
		if (zone > 0) {
			address = address.substring(0, zone);
		}
		Matcher bracketed = BRACKETED_IPV6.matcher(address);
		Matcher withPort = IPV4_WITH_PORT.matcher(address);
		if (bracketed.matches()) {
			address = bracketed.group(1);
		}
		else if (withPort.matches()) {
			address = withPort.group(1);
		}
		boolean valid = IPV4.matcher(address).matches()
				|| (address.indexOf(':') >= 0 && IPV6.matcher(address).matches());
		if (!valid) {
			return null;
		}
		try {
			// Brackets make an IPv6 text a literal for the JDK, never a name to look up.
			return InetAddress.getByName((address.indexOf(':') >= 0) ? "[" + address + "]" : address).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private static boolean maskFits(String mask, String address) {
		if (!mask.matches("\\d{1,3}")) {
			return false;
		}
		int bits = Integer.parseInt(mask);
		return bits <= ((address.indexOf(':') >= 0) ? 128 : 32);
	}

}
