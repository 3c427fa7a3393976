package org.cleanprod.resources;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reference data speaks the reader's language: the shipped rows carry Vietnamese and
 * English texts (names, units, confidence, notes), Vietnamese readers never see the
 * English one, English readers see it where it exists and the Vietnamese one otherwise;
 * administrators write both.
 */
@IntegrationTest
@BothDatabases
class ReferenceLanguageTests {

	/**
	 * Words of the shipped English texts that a Vietnamese page showed before they were
	 * translated.
	 */
	private static final List<String> ENGLISH = List.of("secondary", "uncertain", "derived", "confirmed", "not stated",
			"as stated", "TOE/year", "transcription", "Section IV", "Listed as of", "inferred", "example material",
			"energy content", "planned after", "District level", "GSO-derived", "as for", "analyst", "by definition",
			"sources conflict", "Reference data – sources and confidence");

	/** The columns of reference data that readers see, each with its English twin. */
	private static final List<String> BILINGUAL = List.of("admin_unit.confidence", "admin_unit.note",
			"agency.confidence", "agency.note", "industrial_zone.confidence", "industrial_zone.note",
			"industrial_zone.location_note", "industrial_zone.area_note", "sector.confidence", "sector.note",
			"resource.confidence", "resource.note", "conversion_factor.confidence", "conversion_factor.note",
			"reference_setting.name", "reference_setting.unit", "reference_setting.confidence",
			"reference_setting.note");

	/**
	 * The text a reader sees: the page without its tags, plus the values of its fields.
	 */
	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

	/**
	 * The fields where an editor writes the English twin of a text, which a Vietnamese
	 * editor rightly sees.
	 */
	private static final Pattern ENGLISH_FIELD = Pattern
		.compile("<textarea[^>]*name=\"\\w+En\"[^>]*>.*?</textarea>|<input[^>]*name=\"\\w+En\"[^>]*>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Resources reference;

	@Autowired
	MessageSource messages;

	CurrentUser admin;

	@BeforeEach
	void signIn() {
		this.admin = this.users.admin();
	}

	@Test
	void vietnameseReadersSeeNoEnglishTextOfTheShippedReferenceData() throws Exception {
		for (String page : shippedPages()) {
			String text = visibleText(page);
			for (String english : ENGLISH) {
				assertThat(text.toLowerCase(Locale.ROOT)).as("%s shows \"%s\"", page, english)
					.doesNotContain(english.toLowerCase(Locale.ROOT));
			}
		}
	}

	@Test
	void vietnameseReadersSeeTheVietnameseTexts() throws Exception {
		assertThat(visibleText("/reference/settings")).contains("TOE/năm", "nguồn thứ cấp", "1.000 TOE");
		assertThat(visibleText("/reference/sectors")).contains("nguồn thứ cấp (2 bản chép khớp nhau)");
		assertThat(visibleText("/reference/zones/" + zone("KCN Tân Bình"))).contains("không chắc chắn");
		assertThat(visibleText("/reference/resources/COAL_1_2")).contains("1 TOE = 41,868 GJ");
		assertThat(visibleText("/reference/sources")).contains("Dữ liệu danh mục – nguồn và độ tin cậy");
	}

	@Test
	void englishReadersSeeTheEnglishTexts() throws Exception {
		assertThat(visibleText("/reference/settings?lang=en")).contains("TOE/year", "secondary",
				"derived: IEA convention, not from a Vietnamese text", "Threshold of designated energy users");
		assertThat(visibleText("/reference/sectors?lang=en")).contains("secondary (2 transcriptions agree)");
		assertThat(visibleText("/reference/zones/" + zone("KCN Tân Bình") + "?lang=en")).contains("uncertain",
				"conflicting: text in Bàu Bàng context");
		assertThat(visibleText("/reference/agencies/" + agency("SCT") + "?lang=en"))
			.contains("Leads the CP plan (section IV.1)");
		assertThat(visibleText("/reference/resources/ELECTRICITY?lang=en")).contains("confirmed: by definition",
				"research-group estimate");
		assertThat(visibleText("/reference/sources?lang=en")).contains("Reference data – sources and confidence")
			.doesNotContain("Dữ liệu danh mục – nguồn và độ tin cậy");
	}

	@Test
	void everyShippedTextIsStoredInBothLanguages() {
		for (String column : BILINGUAL) {
			String table = column.substring(0, column.indexOf('.'));
			String name = column.substring(column.indexOf('.') + 1);
			int halfTranslated = this.jdbc
				.sql("SELECT COUNT(*) FROM " + table + " WHERE (" + name + " IS NULL) <> (" + name + "_en IS NULL)")
				.query(Integer.class)
				.single();
			assertThat(halfTranslated).as("%s.%s in one language only", table, name).isZero();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM reference_setting WHERE name IS NULL")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorWritesASettingsNotesInBothLanguages() throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("value", "1000");
		form.put("sourceIds", "S-TOE3");
		form.put("confidence", "đã xác nhận (thử)");
		form.put("confidenceEn", "confirmed (test)");
		form.put("note", "Ngưỡng theo Thông tư 25/2020/TT-BCT (thử).");
		form.put("noteEn", "");
		form.put("version", "0");
		this.mvc.perform(post("/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit", form))
			.andExpect(status().is3xxRedirection());
		assertThat(visibleText("/reference/settings")).contains("đã xác nhận (thử)").doesNotContain("confirmed (test)");
		assertThat(visibleText("/reference/settings?lang=en")).contains("confirmed (test)")
			.contains("Ngưỡng theo Thông tư 25/2020/TT-BCT (thử).");
		assertThat(visibleText("/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit")).contains("confirmed (test)",
				"đã xác nhận (thử)");
	}

	@Test
	void aZoneNoteIsWrittenInBothLanguagesAndShownInTheReadersOne() throws Exception {
		long zone = zone("KCN Phú Gia");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "KCN Phú Gia");
		form.put("nameEn", "Phu Gia IP");
		form.put("kind", "ZONE");
		form.put("boardId", String.valueOf(agency("BQLKCN")));
		form.put("areaHa", "133");
		form.put("locationNote", "Khu liên hợp (thử)");
		form.put("locationNoteEn", "The complex (test)");
		form.put("note", "Ghi chú (thử)");
		form.put("noteEn", "A note (test)");
		form.put("active", "true");
		form.put("version", "0");
		this.mvc.perform(post("/reference/zones/" + zone + "/edit", form))
			.andExpect(redirectedUrlPattern("/reference/zones/" + zone + "*"));
		assertThat(record("/reference/zones/" + zone)).contains("Khu liên hợp (thử)", "Ghi chú (thử)")
			.doesNotContain("The complex (test)", "A note (test)");
		assertThat(record("/reference/zones/" + zone + "?lang=en")).contains("The complex (test)", "A note (test)")
			.doesNotContain("Khu liên hợp (thử)", "Ghi chú (thử)");
	}

	@Test
	void anEnglishTextWithoutItsVietnameseIsRefused() throws Exception {
		Map<String, String> setting = new LinkedHashMap<>();
		setting.put("value", "1000");
		setting.put("confidence", "");
		setting.put("confidenceEn", "confirmed (test)");
		setting.put("version", "0");
		this.mvc.perform(post("/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit", setting))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-confidence\"")));
		long factor = this.jdbc.sql("SELECT MIN(id) FROM conversion_factor WHERE resource_code = 'ELECTRICITY'")
			.query(Long.class)
			.single();
		Map<String, String> note = new LinkedHashMap<>();
		note.put("note", " ");
		note.put("noteEn", "Only in English (test)");
		note.put("version", "0");
		this.mvc.perform(post("/reference/resources/ELECTRICITY/factors/" + factor + "/edit", note))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"e-note\"")));
		assertThat(this.reference.factor(factor).orElseThrow().note()).isNotEqualTo(" ");
	}

	@Test
	void theApiGivesBothLanguages() throws Exception {
		this.mvc.perform(get("/api/v1/resources/ELECTRICITY").with(TestUsers.as(this.admin)))
			.andExpect(jsonPath("$.confidence", is("nguồn thứ cấp")))
			.andExpect(jsonPath("$.confidenceEn", is("secondary")));
		this.mvc.perform(get("/api/v1/agencies").param("q", "SCT").with(TestUsers.as(this.admin)))
			.andExpect(jsonPath("$[0].note", is("Chủ trì kế hoạch SXSH (mục IV.1)")))
			.andExpect(jsonPath("$[0].noteEn", is("Leads the CP plan (section IV.1)")));
	}

	@Test
	void referenceExportsAreWrittenInTheReadersLanguage() throws Exception {
		for (String export : List.of("/reference/units/export", "/reference/zones/export",
				"/reference/resources/export")) {
			String cells = String.join("\n", cells(export)).toLowerCase(Locale.ROOT);
			for (String english : ENGLISH) {
				assertThat(cells).as("%s shows \"%s\"", export, english)
					.doesNotContain(english.toLowerCase(Locale.ROOT));
			}
		}
		assertThat(cells("/reference/resources/export?carrierGroup=ELECTRICITY"))
			.contains("Độ tin cậy", "nguồn thứ cấp tổng hợp các thông báo của Cục Biến đổi khí hậu",
					"đã xác nhận: theo định nghĩa")
			.anySatisfy(cell -> assertThat(cell).startsWith("Ước tính của một nhóm nghiên cứu"));
		assertThat(cells("/reference/resources/export?carrierGroup=ELECTRICITY&lang=en"))
			.contains("Confidence", "secondary source summarising DCC announcements", "confirmed: by definition")
			.anySatisfy(cell -> assertThat(cell).startsWith("research-group estimate"))
			.noneSatisfy(cell -> assertThat(cell).contains("nguồn thứ cấp"));
	}

	/** Every page of the shipped reference data an administrator may open. */
	private List<String> shippedPages() {
		List<String> pages = new ArrayList<>(
				List.of("/reference", "/reference/settings", "/reference/sectors", "/reference/sources",
						"/reference/zones", "/reference/agencies", "/reference/units", "/reference/resources",
						"/reference/settings/DESIGNATED_ENERGY_USER_TOE/edit", "/reference/settings/GJ_PER_TOE/edit"));
		ids("SELECT id FROM industrial_zone").forEach(id -> pages.add("/reference/zones/" + id));
		ids("SELECT id FROM agency").forEach(id -> pages.add("/reference/agencies/" + id));
		ids("SELECT id FROM admin_unit WHERE level <> 'COMMUNE'").forEach(id -> pages.add("/reference/units/" + id));
		ids("SELECT MIN(id) FROM admin_unit WHERE level = 'COMMUNE' AND valid_to IS NULL")
			.forEach(id -> pages.add("/reference/units/" + id));
		ids("SELECT MIN(id) FROM admin_unit WHERE level = 'COMMUNE' AND valid_to IS NOT NULL")
			.forEach(id -> pages.add("/reference/units/" + id));
		this.jdbc.sql("SELECT code FROM resource")
			.query(String.class)
			.list()
			.forEach(code -> pages.add("/reference/resources/" + code));
		this.jdbc.sql("SELECT MIN(id) AS id, resource_code FROM conversion_factor GROUP BY resource_code, confidence")
			.query((rs, row) -> "/reference/resources/" + rs.getString("resource_code") + "/factors/" + rs.getLong("id")
					+ "/edit")
			.list()
			.forEach(pages::add);
		return pages;
	}

	private String visibleText(String page) throws Exception {
		String html = this.mvc.perform(get(page).with(TestUsers.as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String shown = page.contains("lang=en") ? html : ENGLISH_FIELD.matcher(html).replaceAll(" ");
		StringBuilder text = new StringBuilder(TAG.matcher(shown).replaceAll(" "));
		Matcher value = VALUE.matcher(shown);
		while (value.find()) {
			text.append(' ').append(value.group(1));
		}
		return text.toString().replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
	}

	/** Every cell of every sheet of an exported workbook, as text. */
	private List<String> cells(String export) throws Exception {
		byte[] file = this.mvc.perform(get(export).with(TestUsers.as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> cells = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				try (Stream<Row> rows = sheet.openStream()) {
					rows.forEach(row -> row.stream()
						.filter(cell -> cell != null)
						.forEach(cell -> cells.add(cell.getText())));
				}
			}
		}
		return cells;
	}

	/**
	 * What a record's page says about it, without its history (which shows both
	 * languages).
	 */
	private String record(String page) throws Exception {
		String text = visibleText(page);
		return text.substring(0, text.lastIndexOf(this.messages.getMessage("common.history", null, locale(page))));
	}

	private static Locale locale(String page) {
		return page.contains("lang=en") ? Locale.ENGLISH : Locale.forLanguageTag("vi");
	}

	private List<Long> ids(String sql) {
		return this.jdbc.sql(sql).query(Long.class).list();
	}

	private long zone(String name) {
		return this.jdbc.sql("SELECT id FROM industrial_zone WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private long agency(String code) {
		return this.jdbc.sql("SELECT id FROM agency WHERE code = :code").param("code", code).query(Long.class).single();
	}

	private MockHttpServletRequestBuilder post(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
			.with(TestUsers.as(this.admin))
			.with(csrf());
		form.forEach(request::param);
		return request;
	}

}
