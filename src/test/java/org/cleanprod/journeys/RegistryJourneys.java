package org.cleanprod.journeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cleanprod.facility.web.EnterpriseForm;
import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.web.FacilityForm;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.facility.FacilityStatus;
import org.cleanprod.facility.Ownership;
import org.cleanprod.places.Places;
import org.cleanprod.places.UnitLevel;
import org.cleanprod.places.UnitView;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.test.Accounts;
import org.cleanprod.test.Browser;
import org.cleanprod.test.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry journeys that matter, in a real browser against the running application.
 */
@BrowserTest
class RegistryJourneys {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	@LocalServerPort
	int port;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places reference;

	@Autowired
	Accounts accounts;

	CurrentUser system;

	String token;

	@BeforeEach
	void setUp() {
		this.system = new CurrentUser(0, "system", "system", Role.ADMIN, Set.of(Permission.ENTERPRISE_EDIT),
				Scope.all(0), true, null);
		this.token = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void enterpriseUserEditsItsOwnFacilityAndCannotOpenAnothers() {
		long enterprise = enterprise("Công ty TNHH Giày " + this.token);
		long own = facility(enterprise, "Xưởng giày " + this.token, "Phường Phú Cường");
		long other = facility(enterprise("Công ty TNHH Khác " + this.token), "Xưởng khác " + this.token,
				"Phường Phú Cường");
		String username = "dn" + this.token;
		this.accounts.create(username, PASSWORD, Role.ENTERPRISE_USER, Set.of(), null, enterprise);
		try (Browser browser = new Browser(this.port)) {
			browser.signIn(username, PASSWORD).open("/facilities/" + own).go("facility-edit");
			browser.fill("f-employees", "321").fill("f-contacts[0].name", "Trần Thị Mai").go("facility-save");
			assertThat(browser.text("cp-flash")).isEqualTo("Đã lưu thay đổi.");
			assertThat(browser.pageSource()).contains("Trần Thị Mai").contains("321");
			browser.open("/facilities/" + other);
			assertThat(browser.text("cp-error")).contains("Không tìm thấy");
			assertThat(browser.pageSource()).doesNotContain("Xưởng khác " + this.token);
		}
	}

	@Test
	void districtOfficerSeesOnlyItsDistrict() {
		long enterprise = enterprise("Công ty TNHH Hai Huyện " + this.token);
		facility(enterprise, "Nhà máy Thủ Dầu Một " + this.token, "Phường Phú Cường");
		facility(enterprise, "Nhà máy Dĩ An " + this.token, "Phường Dĩ An");
		String username = "huyen" + this.token;
		this.accounts.create(username, PASSWORD, Role.DISTRICT_OFFICER, Set.of(district("718").id()), null, null);
		try (Browser browser = new Browser(this.port)) {
			browser.signIn(username, PASSWORD).open("/facilities");
			browser.fill("f-q", this.token);
			browser.waitForText("results", "Nhà máy Thủ Dầu Một " + this.token);
			browser.waitForUrl("q=" + this.token);
			assertThat(browser.texts("#facility-table tbody tr")).hasSize(1);
			assertThat(browser.pageSource()).doesNotContain("Nhà máy Dĩ An " + this.token);
		}
	}

	@Test
	void officerFixesARejectedImportAndImportingAgainMakesNoDuplicates(@TempDir Path folder) throws Exception {
		String taxCode = validTaxCode();
		String header = "Mã số thuế,Tên doanh nghiệp,Loại hình sở hữu,Tên cơ sở,Mã ĐVHC,Tên ĐVHC,Ngành VSIC,Số lao động\n";
		String good = taxCode + ",Công ty TNHH Nhập " + this.token + ",Tư nhân,Nhà máy nhập A " + this.token
				+ ",25942,Phường Dĩ An,22,120\n";
		String bad = taxCode + ",Công ty TNHH Nhập " + this.token + ",Tư nhân,Nhà máy nhập B " + this.token
				+ ",25942,Phường Dĩ An,99,80\n";
		Path file = folder.resolve("co-so.csv");
		Files.writeString(file, header + good + bad, StandardCharsets.UTF_8);
		String username = "so" + this.token;
		this.accounts.create(username, PASSWORD, Role.DEPARTMENT_OFFICER, Set.of(), null, null);
		try (Browser browser = new Browser(this.port)) {
			browser.signIn(username, PASSWORD).open("/facilities/import");
			browser.upload("import-file", file).go("import-upload");
			assertThat(browser.text("import-summary")).contains("bị từ chối 1");
			assertThat(browser.text("import-errors")).contains("3").contains("Ngành VSIC").contains("\"99\"");
			assertThat(browser.pageSource()).doesNotContain("id=\"import-commit\"");
			browser.go("import-cancel");
			assertThat(browser.path()).isEqualTo("/facilities/import");
			assertThat(count()).isZero();

			Files.writeString(file, header + good + bad.replace(",99,", ",17,"), StandardCharsets.UTF_8);
			browser.open("/facilities/import").upload("import-file", file).go("import-upload");
			assertThat(browser.text("import-summary")).contains("thêm mới 2");
			browser.go("import-commit");
			assertThat(browser.text("import-summary")).contains("thêm mới 2");
			assertThat(count()).isEqualTo(2);

			browser.open("/facilities/import").upload("import-file", file).go("import-upload");
			assertThat(browser.text("import-summary")).contains("không đổi 2");
			browser.go("import-commit");
			assertThat(browser.text("import-summary")).contains("thêm mới 0").contains("không đổi 2");
			assertThat(count()).isEqualTo(2);
		}
	}

	@Test
	void theLanguageSwitchPersists() {
		String username = "ngonngu" + this.token;
		this.accounts.create(username, PASSWORD, Role.DEPARTMENT_OFFICER, Set.of(), null, null);
		try (Browser browser = new Browser(this.port)) {
			browser.signIn(username, PASSWORD);
			assertThat(browser.htmlLang()).isEqualTo("vi");
			assertThat(browser.title()).startsWith("Trang chủ");
			browser.open("/facilities?lang=en");
			assertThat(browser.htmlLang()).isEqualTo("en");
			browser.open("/enterprises");
			assertThat(browser.title()).startsWith("Enterprises");
			browser.open("/?lang=vi");
			assertThat(browser.title()).startsWith("Trang chủ");
		}
	}

	private long count() {
		return this.facilities.count(new FacilityFilter(this.token, null, null, null, null, null, null, null),
				this.system);
	}

	private long enterprise(String name) {
		return this.facilities.registerEnterprise(
				new EnterpriseForm(validTaxCode(), name, null, null, Ownership.PRIVATE, null, null, null, null),
				this.system);
	}

	private long facility(long enterprise, String name, String commune) {
		UnitView unit = FacilityFixtures.currentCommune(this.reference, commune);
		return this.facilities.register(new FacilityForm(enterprise, name, null, unit.id(), null, "15", null, 50, false,
				FacilityStatus.ACTIVE, null, List.of(), null), this.system);
	}

	private UnitView district(String code) {
		return this.reference.units()
			.stream()
			.filter(unit -> unit.level() == UnitLevel.DISTRICT && unit.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	/** A tax code with a valid check digit that no other test uses. */
	private String validTaxCode() {
		while (true) {
			String nine = "39"
					+ String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000));
			int sum = 0;
			int[] weights = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
			for (int i = 0; i < 9; i++) {
				sum += (nine.charAt(i) - '0') * weights[i];
			}
			int check = 10 - sum % 11;
			if (check < 10) {
				return nine + check;
			}
		}
	}

}
