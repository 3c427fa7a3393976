package org.cleanprod.shared.provenance;

import org.cleanprod.shared.text.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.shared.excel.Csv;
import org.cleanprod.shared.text.Texts;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The sources of the reference data and the notes on their confidence, as shipped with
 * the application under {@code /reference} ({@code sources.csv}, {@code SOURCES.md},
 * {@code NOTES.md}, each document with its Vietnamese version {@code SOURCES.vi.md},
 * {@code NOTES.vi.md}). Read from the class path once: they change only with a release.
 */
@Component
public class Sources {

	/** The documents the sources page shows, in order. */
	public static final List<String> DOCUMENTS = List.of("SOURCES.md", "NOTES.md");

	private final Map<String, SourceView> sources;

	private final Map<String, String> documents = new LinkedHashMap<>();

	public Sources() {
		this.sources = new LinkedHashMap<>();
		try (InputStream input = new ClassPathResource("reference/sources.csv").getInputStream()) {
			for (Map<String, String> row : Csv.readMaps(input)) {
				SourceView source = new SourceView(row.get("id").strip(), row.get("title_vi").strip(),
						row.get("title").strip(), Texts.blankToNull(row.get("url")),
						Texts.blankToNull(row.get("date")));
				this.sources.put(source.id(), source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<SourceView> sources() {
		return List.copyOf(this.sources.values());
	}

	/** The sources a {@code source_ids} column cites ("S-BD1;S-BD7"), in its order. */
	public List<SourceView> sources(String sourceIds) {
		if (sourceIds == null || sourceIds.isBlank()) {
			return List.of();
		}
		return Arrays.stream(sourceIds.split("[;,]"))
			.map(String::strip)
			.filter(id -> !id.isEmpty())
			.distinct()
			.map(id -> this.sources.getOrDefault(id, SourceView.unknown(id)))
			.toList();
	}

	/**
	 * Source ids as an editor typed them ("S-EF1, S-EF3 ") written the way the reference
	 * files write them ("S-EF1;S-EF3"); null when there are none.
	 */
	public static String normalize(String sourceIds) {
		if (sourceIds == null) {
			return null;
		}
		String joined = Arrays.stream(sourceIds.split("[;,]"))
			.map(String::strip)
			.filter(id -> !id.isEmpty())
			.distinct()
			.collect(java.util.stream.Collectors.joining(";"));
		return joined.isEmpty() ? null : joined;
	}

	/**
	 * A shipped Markdown document in the reader's language (its Vietnamese version
	 * {@code X.vi.md} unless {@code english}) rendered as safe HTML, its headings below
	 * the page's sections ({@code h3}).
	 */
	public synchronized String document(String name, boolean english) {
		if (!DOCUMENTS.contains(name)) {
			throw new IllegalArgumentException(name);
		}
		String file = english ? name : name.replaceFirst("\\.md$", ".vi.md");
		return this.documents.computeIfAbsent(file, path -> Markdown.toHtml(read("reference/" + path), 3));
	}

	private static String read(String path) {
		try (InputStream input = new ClassPathResource(path).getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
