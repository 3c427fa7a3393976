package org.cleanprod.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Redirects go to the configured public URL, never to the host a request names. */
class PublicUrlTests {

	private final PublicUrl site = new PublicUrl("https://sxsh.sct.example.gov.vn/");

	@Test
	void pathsAndRelativeReferencesBecomeAddressesOnThePublicUrl() {
		assertThat(this.site.redirect("/login?continue=/facilities", "/facilities"))
			.isEqualTo("https://sxsh.sct.example.gov.vn/login?continue=/facilities");
		assertThat(this.site.redirect("edit", "/admin/users/5"))
			.isEqualTo("https://sxsh.sct.example.gov.vn/admin/users/edit");
		assertThat(this.site.of("/account")).isEqualTo("https://sxsh.sct.example.gov.vn/account");
	}

	@Test
	void withoutAPublicUrlRedirectsStayRelative() {
		PublicUrl none = new PublicUrl("");
		assertThat(none.isConfigured()).isFalse();
		assertThat(none.redirect("/login", "/account")).isEqualTo("/login");
	}

	@Test
	void onlyAnOriginIsAccepted() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicUrl("sxsh.sct.example.gov.vn"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicUrl("https://example.gov.vn/cleanprod"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicUrl("ftp://example.gov.vn"));
	}

	@Test
	void theRequestIsSeenAtThePublicUrlAndItsRedirectsSentThere() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
		request.addHeader("Host", "attacker.example");
		request.addHeader("X-Forwarded-Host", "evil.example");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new ClientRequestFilter(new ClientAddress(List.of()), this.site).doFilter(request, response, chain);
		HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
		assertThat(seen.getServerName()).isEqualTo("sxsh.sct.example.gov.vn");
		assertThat(seen.getServerPort()).isEqualTo(443);
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getRequestURL()).hasToString("https://sxsh.sct.example.gov.vn/account");
		((HttpServletResponse) chain.getResponse()).sendRedirect("/login");
		assertThat(response.getRedirectedUrl()).isEqualTo("https://sxsh.sct.example.gov.vn/login");
	}

}
