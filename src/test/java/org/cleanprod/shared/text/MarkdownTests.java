package org.cleanprod.shared.text;

import org.cleanprod.shared.provenance.SourceView;
import org.cleanprod.shared.provenance.Sources;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.excel.Csv;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersHeadingsBelowThePagesOwnLevel() {
		assertThat(Markdown.toHtml("# Sources\n\n## 1. Units", 3)).contains("<h3>Sources</h3>")
			.contains("<h4>1. Units</h4>");
	}

	@Test
	void rendersATableWithHeaderCellsAndTheHeadingAboveAsCaption() {
		String html = Markdown.toHtml("""
				## Sources
				| ID | Source |
				|---|---|
				| S-1 | A **bold** page |
				""", 3);
		assertThat(html).contains("<caption class=\"visually-hidden\">Sources</caption>")
			.contains("<th scope=\"col\">ID</th>")
			.contains("<td>A <strong>bold</strong> page</td>");
	}

	@Test
	void rendersListsWithContinuationLinesAndParagraphs() {
		String html = Markdown.toHtml("""
				* **confirmed** – read in an
				  official text.
				* *uncertain* – sources conflict.

				Confidence: secondary
				and incomplete.
				""", 3);
		assertThat(html).contains("<li><strong>confirmed</strong> – read in an official text.</li>")
			.contains("<li><em>uncertain</em> – sources conflict.</li>")
			.contains("<p>Confidence: secondary and incomplete.</p>");
	}

	@Test
	void escapesHtmlInTheText() {
		String html = Markdown.toHtml("A <script>alert('x')</script> & \"quotes\" | `code`", 3);
		assertThat(html).doesNotContain("<script>")
			.contains("&lt;script&gt;")
			.contains("&amp;")
			.contains("<code>code</code>");
	}

	@Test
	void linksBareAddressesWithoutTheClosingPunctuation() {
		String html = Markdown.toHtml("See https://example.org/a?b=1&c=2, then more.", 3);
		assertThat(html).contains(
				"<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">https://example.org/a?b=1&amp;c=2</a>, then");
	}

	@Test
	void rendersTheShippedSourceNotesInBothLanguages() {
		Sources catalog = new Sources();
		assertThat(catalog.document("SOURCES.md", true)).contains("<h3>Reference data – sources and confidence</h3>")
			.contains("<td>S-BD7</td>")
			.doesNotContain("**");
		assertThat(catalog.document("NOTES.md", true)).contains("<table");
		assertThat(catalog.document("SOURCES.md", false)).contains("<h3>Dữ liệu danh mục – nguồn và độ tin cậy</h3>")
			.contains("<td>S-BD7</td>")
			.contains("1 TOE = 41,868 GJ")
			.doesNotContain("**");
		assertThat(catalog.document("NOTES.md", false))
			.contains("<h3>Ghi chú: quy định thể thức văn bản, mục tiêu chiến lược SXSH, các phát hiện khác</h3>")
			.contains("<table");
	}

	@Test
	void theVietnameseDocumentsHaveTheSectionsAndTablesOfTheEnglishOnes() {
		Sources catalog = new Sources();
		for (String document : Sources.DOCUMENTS) {
			String english = catalog.document(document, true);
			String vietnamese = catalog.document(document, false);
			for (String element : List.of("<h3>", "<h4>", "<h5>", "<table", "<tr>", "<li>")) {
				assertThat(count(vietnamese, element)).as(document + " " + element).isEqualTo(count(english, element));
			}
		}
	}

	private static int count(String html, String element) {
		return html.split(java.util.regex.Pattern.quote(element), -1).length - 1;
	}

	@Test
	void everySourceTheShippedDataCitesIsDescribed() throws IOException {
		Sources catalog = new Sources();
		for (String file : List.of("agencies.csv", "binh_duong_units_2016.csv", "binh_duong_industrial_parks.csv",
				"vsic2018_sections.csv", "vsic2018_manufacturing_divisions.csv")) {
			try (InputStream input = new ClassPathResource("reference/" + file).getInputStream()) {
				for (Map<String, String> row : Csv.readMaps(input)) {
					assertThat(catalog.sources(row.get("source_ids"))).as(file + " " + row)
						.isNotEmpty()
						.allMatch(SourceView::isKnown);
				}
			}
		}
	}

	@Test
	void citedSourcesKeepTheirOrderAndUnknownIdsShowAsSuch() {
		Sources catalog = new Sources();
		assertThat(catalog.sources("S-PLAN;S-BD1, S-IZ10")).extracting(SourceView::id)
			.containsExactly("S-PLAN", "S-BD1", "S-IZ10");
		assertThat(catalog.sources("S-PLAN").getFirst().title()).contains("Quyết định 1849/QĐ-UBND");
		assertThat(catalog.sources("S-PLAN").getFirst().title(true)).contains("Decision 1849/QĐ-UBND");
		assertThat(catalog.sources("S-NONE")).singleElement().satisfies(source -> {
			assertThat(source.isKnown()).isFalse();
			assertThat(source.id()).isEqualTo("S-NONE");
		});
	}

	@Test
	void sourceDatesReadTheVietnameseWay() {
		assertThat(new SourceView("S-1", "Một trang", "A page", null, "2016-07-19").formattedDate())
			.isEqualTo("19/07/2016");
		assertThat(new SourceView("S-1", "Một trang", "A page", null, "2025-04").formattedDate()).isEqualTo("04/2025");
		assertThat(new SourceView("S-1", "Một trang", "A page", null, "2019–2025").formattedDate())
			.isEqualTo("2019–2025");
		assertThat(new SourceView("S-1", "Một trang", "A page", null, null).formattedDate()).isNull();
	}

}
