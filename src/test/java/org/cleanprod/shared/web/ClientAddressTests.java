package org.cleanprod.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Client addresses: {@code X-Forwarded-For} counts only from a trusted proxy, and only
 * the part trusted proxies wrote.
 */
class ClientAddressTests {

	private final ClientAddress behindTwoProxies = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.7", "fd00::/8"));

	@Test
	void withoutTrustedProxiesTheHeaderIsIgnored() {
		ClientAddress none = new ClientAddress(List.of());
		assertThat(none.resolve("127.0.0.1", List.of("198.51.100.1"))).isEqualTo("127.0.0.1");
		assertThat(none.resolve("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("10.1.2.3");
	}

	@Test
	void aPeerThatIsNoTrustedProxyIsTheClientWhateverItWrites() {
		assertThat(this.behindTwoProxies.resolve("198.51.100.20", List.of("10.0.0.1, 203.0.113.5")))
			.isEqualTo("198.51.100.20");
	}

	@Test
	void theClientIsTheFirstAddressFromTheRightThatIsNoTrustedProxy() {
		// The client forged the first entry; the proxies appended the real one.
		assertThat(this.behindTwoProxies.resolve("10.0.0.2", List.of("203.0.113.66, 198.51.100.7, 192.0.2.7")))
			.isEqualTo("198.51.100.7");
		assertThat(this.behindTwoProxies.resolve("10.0.0.2", List.of("203.0.113.66", "198.51.100.7")))
			.isEqualTo("198.51.100.7");
	}

	@Test
	void aChainOfTrustedProxiesOnlyGivesItsFirstHop() {
		assertThat(this.behindTwoProxies.resolve("10.0.0.2", List.of("10.0.0.9, 192.0.2.7"))).isEqualTo("10.0.0.9");
		assertThat(this.behindTwoProxies.resolve("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
	}

	@Test
	void somethingThatIsNoAddressStopsTheWalkAtTheLastTrustedHop() {
		assertThat(this.behindTwoProxies.resolve("10.0.0.2", List.of("198.51.100.7, unknown, 192.0.2.7")))
			.isEqualTo("192.0.2.7");
		assertThat(this.behindTwoProxies.resolve("10.0.0.2", List.of("evil.example"))).isEqualTo("10.0.0.2");
	}

	@Test
	void portsBracketsAndIpv6AreUnderstood() {
		assertThat(this.behindTwoProxies.resolve("fd00::1", List.of("[2001:db8::1]:4711")))
			.isEqualTo("2001:db8:0:0:0:0:0:1");
		assertThat(this.behindTwoProxies.resolve("10.0.0.2", List.of("198.51.100.7:51000"))).isEqualTo("198.51.100.7");
		assertThat(ClientAddress.literal("999.1.1.1")).isNull();
		assertThat(ClientAddress.literal("localhost")).isNull();
	}

	@Test
	void aHostNameOrAMalformedRangeIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddress(List.of("proxy.example")))
			.withMessageContaining("proxy.example");
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddress(List.of("10.0.0.0/8/1")));
	}

	@Test
	void theFilterShowsEveryoneAfterItTheResolvedAddress() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr("10.0.0.2");
		request.addHeader("X-Forwarded-For", "203.0.113.66, 198.51.100.7");
		MockFilterChain chain = new MockFilterChain();
		new ClientRequestFilter(this.behindTwoProxies, new PublicUrl(null)).doFilter(request,
				new MockHttpServletResponse(), chain);
		HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
		assertThat(ClientAddress.of(seen)).isEqualTo("198.51.100.7");
		assertThat(ClientAddress.of(request)).isEqualTo("198.51.100.7");
	}

}
