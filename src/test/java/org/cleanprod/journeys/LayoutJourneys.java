package org.cleanprod.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cleanprod.shared.security.Role;
import org.cleanprod.test.Accounts;
import org.cleanprod.test.Browser;
import org.cleanprod.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page frame every journey passes through, in a real browser: the navigation's menus
 * at the widths people use, a focus that can be seen on every control, and the
 * application's own messages for a field left empty.
 */
@BrowserTest
class LayoutJourneys {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	/** From a small phone to a desktop screen, with each of Bootstrap's breakpoints. */
	private static final List<Integer> WIDTHS = List.of(360, 414, 576, 768, 992, 1024, 1200, 1280, 1366, 1440, 1600,
			1920);

	private static final List<String> MENUS = List.of("nav-registry", "nav-data", "nav-programme",
			"nav-administration");

	/**
	 * The contrast of two colours (WCAG 2.2 relative luminance) and what a focused
	 * element shows: its outline, and the background the outline lies on.
	 */
	private static final String CONTRAST = """
			function channels(colour) {
			  const c = colour.match(/[\\d.]+/g).map(Number);
			  return { r: c[0], g: c[1], b: c[2], a: c.length > 3 ? c[3] : 1 };
			}
			function over(top, bottom) {
			  return { r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
			    b: top.b * top.a + bottom.b * (1 - top.a), a: 1 };
			}
			function background(element) {
			  const layers = [];
			  for (let e = element; e; e = e.parentElement) {
			    const c = channels(getComputedStyle(e).backgroundColor);
			    if (c.a > 0) { layers.push(c); if (c.a === 1) { break; } }
			  }
			  return layers.reverse().reduce((bottom, top) => over(top, bottom), { r: 255, g: 255, b: 255, a: 1 });
			}
			function luminance(c) {
			  const l = [c.r, c.g, c.b].map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
			  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
			}
			function contrast(a, b) {
			  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
			  return (x + 0.05) / (y + 0.05);
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void theMenusShowWithoutAButtonFrom1200PxAndNoWidthFrom360To1920Overflows() {
		try (Browser browser = signedIn(Role.ADMIN)) {
			List<String> problems = new ArrayList<>();
			for (String language : List.of("vi", "en")) {
				browser.open("/?lang=" + language);
				for (int width : WIDTHS) {
					browser.viewport(width, 900);
					String where = language + " at " + width + " px: ";
					long overflow = (Long) browser
						.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
					if (overflow > 0) {
						problems.add(where + "the page overflows by " + overflow + " px");
					}
					boolean toggler = browser.displayed("cp-toggler");
					if (width >= 1200) {
						if (toggler) {
							problems.add(where + "the menu button shows");
						}
						MENUS.stream()
							.filter(menu -> !inView(browser, menu))
							.forEach(menu -> problems.add(where + menu + " is not in view"));
						long header = (Long) browser.script(
								"return Math.round(document.querySelector('header').getBoundingClientRect().height);");
						if (header > 70) {
							problems.add(where + "the header takes " + header + " px, more than one line");
						}
					}
					else if (!toggler || !inView(browser, "cp-toggler")) {
						problems.add(where + "no menu button in view");
					}
				}
			}
			assertThat(problems).isEmpty();

			browser.viewport(1366, 900).open("/?lang=vi");
			browser.click("nav-data");
			browser.waitFor("the data menu opens",
					"return document.querySelector('[aria-labelledby=\"nav-data\"]').checkVisibility();");
			assertThat(browser.texts("[aria-labelledby=\"nav-data\"] .dropdown-item"))
				.containsExactly("Nhập số liệu từ tệp", "Chất lượng số liệu");
			assertThat(browser.texts("[aria-labelledby=\"nav-administration\"] .dropdown-item")).hasSize(4);
		}
	}

	@Test
	void aPhoneOpensTheMenusFromAButtonThatStandsOutOnTheHeader() {
		try (Browser browser = signedIn(Role.DEPARTMENT_OFFICER)) {
			browser.viewport(360, 780).open("/");
			assertThat(browser.displayed("nav-registry")).isFalse();
			List<?> toggler = (List<?>) browser.script(CONTRAST + """
					const button = document.getElementById('cp-toggler');
					const icon = getComputedStyle(button.querySelector('.navbar-toggler-icon')).backgroundImage;
					const stroke = decodeURIComponent(icon).match(/stroke='([^']+)'/)[1];
					const ground = background(button);
					const probe = document.createElement('span');
					probe.style.color = stroke;
					document.body.appendChild(probe);
					const colour = channels(getComputedStyle(probe).color);
					probe.remove();
					return [contrast(over(colour, ground), ground),
					  contrast(over(channels(getComputedStyle(button).borderTopColor), ground), ground)];
					""");
			assertThat(((Number) toggler.get(0)).doubleValue()).as("the menu icon's contrast")
				.isGreaterThanOrEqualTo(3);
			assertThat(((Number) toggler.get(1)).doubleValue()).as("the menu button's border contrast")
				.isGreaterThanOrEqualTo(3);
			browser.click("cp-toggler");
			browser.waitFor("the menus unfold", "return document.getElementById('nav-registry').checkVisibility();");
			browser.click("nav-registry");
			browser.waitFor("the registry menu opens",
					"return document.querySelector('[aria-labelledby=\"nav-registry\"]').checkVisibility();");
			assertThat(browser.texts("[aria-labelledby=\"nav-registry\"] .dropdown-item"))
				.containsExactly("Cơ sở sản xuất", "Doanh nghiệp");
		}
	}

	@Test
	void theFocusShowsOnEveryControlAtEveryWidth() {
		try (Browser browser = signedIn(Role.ADMIN)) {
			List<String> problems = new ArrayList<>();
			for (int width : List.of(1366, 360)) {
				browser.viewport(width, 900).open("/facilities");
				String first = null;
				for (int step = 0; step < 80; step++) {
					browser.press(Keys.TAB);
					String focused = (String) browser.script(
							CONTRAST + """
									const e = document.activeElement;
									if (!e || e === document.body) { return null; }
									return (e.id || e.tagName.toLowerCase() + ':' + (e.textContent || e.name || '').trim().slice(0, 30));
									""");
					if (focused == null || focused.equals(first)) {
						break;
					}
					first = (first == null) ? focused : first;
					String problem = (String) browser.script(CONTRAST + """
							const e = document.activeElement;
							const style = getComputedStyle(e);
							const width = parseFloat(style.outlineWidth);
							if (style.outlineStyle === 'none' || width < 2) { return 'no outline'; }
							const ring = channels(style.outlineColor);
							const ground = background(e.parentElement || e);
							const ratio = contrast(over(ring, ground), ground);
							return ratio < 3 ? 'outline contrast ' + ratio.toFixed(2) + ':1' : null;
							""");
					if (problem != null) {
						problems.add(width + " px, " + focused + ": " + problem);
					}
				}
			}
			assertThat(problems).isEmpty();
		}
	}

	@Test
	void anEmptyRequiredFieldShowsTheApplicationsMessageNotTheBrowsersBubble() {
		try (Browser browser = new Browser(this.port)) {
			browser.open("/login").click("login-submit");
			assertThat(browser.text("username-cp-error")).isEqualTo("Bắt buộc chọn hoặc nhập.");
			assertThat(browser.focused()).isEqualTo("username");
			assertThat(browser.script("return document.getElementById('username').getAttribute('aria-describedby');"))
				.isEqualTo("username-cp-error");
			browser.fill("username", "ai-do");
			assertThat(browser.text("password-cp-error")).isEqualTo("Bắt buộc chọn hoặc nhập.");
			assertThat(browser.count("#username.is-invalid")).isZero();
			assertThat(browser.path()).isEqualTo("/login");

			browser.open("/login?lang=en").click("login-submit");
			assertThat(browser.text("username-cp-error")).isEqualTo("Required.");
		}
	}

	private Browser signedIn(Role role) {
		String username = "khung" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(username, PASSWORD, role, Set.of(), null, null);
		return new Browser(this.port).signIn(username, PASSWORD);
	}

	/** Whether the element shows whole inside the window. */
	private static boolean inView(Browser browser, String id) {
		return Boolean.TRUE.equals(browser.script("""
				const e = document.getElementById(arguments[0]);
				if (!e || !e.checkVisibility()) { return false; }
				const r = e.getBoundingClientRect();
				return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth;
				""", id));
	}

}
