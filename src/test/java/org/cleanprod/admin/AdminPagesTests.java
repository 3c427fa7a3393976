package org.cleanprod.admin;

import org.cleanprod.admin.users.UserAccount;
import java.util.ArrayList;
import java.util.List;

import org.cleanprod.shared.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of the module renders in Vietnamese and in English, with every text found: a
 * wrong model value or a missing key fails here rather than in front of a user.
 */
@AdminTest
class AdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void everyAdministrationPageRenders(String lang) throws Exception {
		CurrentUser admin = this.accounts.signedIn(this.accounts.administrator());
		List<UserAccount> users = List.of(this.accounts.districtOfficer(), this.accounts.zoneOfficer(),
				this.accounts.agencyUser(), this.accounts.enterpriseUser(), this.accounts.consultant(),
				this.accounts.officer());
		List<String> pages = new ArrayList<>(List.of("/", "/admin/users", "/admin/users/new", "/admin/roles",
				"/admin/audit", "/account", "/admin/users?role=ADMIN&enabled=true&q=a&sort=tokens&dir=desc"));
		for (UserAccount user : users) {
			pages.add("/admin/users/" + user.getId());
			pages.add("/admin/users/" + user.getId() + "/edit");
		}
		for (String page : pages) {
			render(page, lang, admin);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void theAccountPageRendersForEveryRole(String lang) throws Exception {
		for (UserAccount user : List.of(this.accounts.districtOfficer(), this.accounts.zoneOfficer(),
				this.accounts.agencyUser(), this.accounts.enterpriseUser(), this.accounts.consultant(),
				this.accounts.officer())) {
			render("/account", lang, this.accounts.signedIn(user));
			render("/", lang, this.accounts.signedIn(user));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void theSignInPageRenders(String lang) throws Exception {
		for (String state : List.of("", "&error", "&locked", "&disabled", "&logout")) {
			MvcResult result = this.mvc.perform(get("/login?lang=" + lang + state))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"" + lang + "\"")
				.doesNotContain("??");
		}
	}

	@Test
	void theNavigationOffersTheAdministrationPagesToAdministratorsOnly() throws Exception {
		String forAdmin = render("/", "vi", this.accounts.signedIn(this.accounts.administrator()));
		assertThat(forAdmin).contains("href=\"/admin/users\"", "href=\"/admin/audit\"",
				"data-tile=\"home.admin.users\"", "data-tile=\"home.admin.tokens\"",
				"data-tile=\"home.admin.changesToday\"");
		String forOfficer = render("/", "vi", this.accounts.signedIn(this.accounts.officer()));
		assertThat(forOfficer).doesNotContain("href=\"/admin/users\"", "href=\"/admin/audit\"", "home.admin.users");
	}

	private String render(String page, String lang, CurrentUser user) throws Exception {
		String url = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
		MvcResult result = this.mvc.perform(get(url).with(as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		assertThat(html).as(url).contains("<html lang=\"" + lang + "\"").doesNotContain("??");
		return html;
	}

}
