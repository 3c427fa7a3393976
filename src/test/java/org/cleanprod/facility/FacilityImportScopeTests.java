package org.cleanprod.facility;

import org.cleanprod.facility.imports.FacilityImport;
import org.cleanprod.facility.web.FacilityDetails;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.imports.ImportFlow;
import org.cleanprod.shared.imports.ImportRequest;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells of a facility file name facilities by code and enterprises by tax code; both
 * are resolved through the importer's scope, so a file cannot reach, or tell of, a record
 * outside it. Permissions are data, so a district officer granted the import is tried.
 */
@IntegrationTest
class FacilityImportScopeTests {

	private static final String HEADER = "Mã cơ sở,Mã số thuế,Tên doanh nghiệp,Loại hình sở hữu,Tên cơ sở,Mã ĐVHC,"
			+ "Tên ĐVHC,Ngành VSIC\n";

	@Autowired
	FacilityImport imports;

	@Autowired
	ImportUploads uploads;

	@Autowired
	ImportFlow flow;

	@Autowired
	FacilityService service;

	@Autowired
	TestUsers users;

	@Autowired
	Facilities facilities;

	CurrentUser officer;

	CurrentUser district;

	@BeforeEach
	void setUp() {
		this.officer = this.facilities.registrar();
		CurrentUser plain = this.users.district(Set.of(this.facilities.district("718").id()));
		Set<Permission> permissions = EnumSet.copyOf(plain.permissions());
		permissions.add(Permission.FACILITY_IMPORT);
		this.district = new CurrentUser(plain.id(), plain.getUsername(), plain.displayName(), plain.role(), permissions,
				plain.scope(), true, null);
	}

	@Test
	void aCodeOutsideTheScopeReadsLikeACodeThatDoesNotExist() {
		long foreign = this.facilities.textileMill("Phường Dĩ An");
		FacilityDetails details = this.service.details(foreign, this.officer, false);
		String foreignRow = line(details.code(), details.enterprise().taxCode(), details.enterprise().name(),
				"Nhà máy đã đổi tên");
		String unknownRow = line("CS-999999", details.enterprise().taxCode(), details.enterprise().name(),
				"Nhà máy đã đổi tên");
		ImportSummary outside = preview(foreignRow);
		ImportSummary unknown = preview(unknownRow);
		assertThat(outside.rejected()).isEqualTo(1);
		assertThat(outside.errors().getFirst().reason())
			.isEqualTo(unknown.errors().getFirst().reason().replace("CS-999999", details.code()));
		assertThat(this.service.details(foreign, this.officer, false).name()).isEqualTo("Nhà máy dệt Thử Nghiệm");
	}

	@Test
	void aTaxCodeOutsideTheScopeReadsLikeOneNotRegistered() {
		long enterprise = this.facilities.enterprise("Công ty TNHH Ngoài Vùng Nhập");
		this.facilities.facility(enterprise, "Xưởng ngoài vùng", "Phường Dĩ An", "13");
		String taxCode = this.service.enterprise(enterprise, this.officer).taxCode();
		String fresh = Facilities.newTaxCode();
		ImportSummary outside = preview(line("", taxCode, "Công ty TNHH Ngoài Vùng Nhập", "Xưởng mới"));
		ImportSummary unknown = preview(line("", fresh, "Công ty TNHH Ngoài Vùng Nhập", "Xưởng mới"));
		assertThat(outside.rejected()).isEqualTo(1);
		assertThat(unknown.rejected()).isEqualTo(1);
		assertThat(outside.errors().getFirst().reason())
			.isEqualTo(unknown.errors().getFirst().reason().replace(fresh, taxCode));
	}

	@Test
	void aScopedImporterAddsFacilitiesToEnterprisesItSeesButDoesNotRewriteThem() {
		long enterprise = this.facilities.enterprise("Công ty TNHH Trong Vùng Nhập");
		this.facilities.facility(enterprise, "Xưởng cũ", "Phường Phú Cường", "13");
		String taxCode = this.service.enterprise(enterprise, this.officer).taxCode();
		ImportSummary same = preview(line("", taxCode, "Công ty TNHH Trong Vùng Nhập", "Xưởng mới"));
		assertThat(same.inserted()).isEqualTo(1);
		assertThat(same.rejected()).isZero();
		ImportSummary renamed = preview(line("", taxCode, "Công ty TNHH Đổi Tên", "Xưởng mới"));
		assertThat(renamed.rejected()).isEqualTo(1);
		assertThat(renamed.errors().getFirst().column()).isEqualTo("Tên doanh nghiệp");
	}

	private ImportSummary preview(String row) {
		return run(
				this.uploads.store(FacilityImport.KIND, this.district.id(), "ds.csv",
						(HEADER + row).getBytes(StandardCharsets.UTF_8)),
				this.district, Formats.VIETNAMESE, null, ImportJobs.Mode.PREVIEW);
	}

	private static String line(String code, String taxCode, String enterprise, String facility) {
		return String.join(",", code, taxCode, "\"" + enterprise + "\"", "Tư nhân", "\"" + facility + "\"", "25747",
				"Phường Thủ Dầu Một", "13") + "\n";
	}

	/** The work of the import's job, run here rather than in the background. */
	private ImportSummary run(ImportUploads.Upload upload, CurrentUser user, Locale locale, NumberStyle style,
			ImportJobs.Mode mode) {
		return this.flow.run(this.imports, upload, new ImportRequest(user, locale, null, style), mode,
				(done, total) -> {
				});
	}

}
