package org.cleanprod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module reads and writes only the tables its own migrations create, and
 * {@code shared}'s. The owner of a table is the module a migration's name starts with
 * ({@code V12__consumption.sql}); the SQL of a module's code (its string literals and
 * text blocks) may name no other module's table. Others may read, never write, the views
 * an owner creates and names in its {@code package-info.java} as part of its API. Java
 * migrations load reference files into the tables of their own migration and are left
 * out.
 */
class TableOwnershipTests {

	private static final List<Path> MIGRATIONS = List.of(Path.of("src/main/resources/db/migration"),
			Path.of("src/main/resources/db/postgresql"));

	private static final Path SOURCES = Path.of("src/main/java/org/cleanprod");

	/** Migrations named before the module they belong to had its name. */
	private static final Map<String, String> EARLIER_NAMES = Map.of("V2__reference.sql", "places",
			"V9__reference_resources.sql", "resources", "V11__reference_resource_editing.sql", "resources",
			"V17__record_revision_replaced_values.sql", "consumption", "V18__event_publication.sql", "shared");

	private static final Pattern CREATE = Pattern.compile(
			"CREATE\\s+(?:TABLE|(?:OR\\s+REPLACE\\s+)?VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern VIEW = Pattern.compile("CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW\\s+(\\w+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern TABLE_USE = Pattern.compile("\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+(\\w+)",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> READS = Set.of("FROM", "JOIN");

	private final Set<String> modules = modules();

	@Test
	void everyMigrationIsNamedForAModule() {
		List<String> unowned = migrations().stream()
			.map(path -> path.getFileName().toString())
			.filter(name -> owner(name) == null)
			.toList();
		assertThat(unowned).as("migrations not named V<n>__<module>_….sql").isEmpty();
	}

	@Test
	void everyModuleUsesOnlyItsOwnTablesAndShared() {
		Map<String, String> owners = owners();
		assertThat(owners).containsEntry("consumption_record", "consumption").containsEntry("admin_unit", "places");
		Set<String> published = published(owners);
		assertThat(published).contains("consumption_monthly");
		List<String> foreign = new ArrayList<>();
		for (Path source : sources()) {
			String module = SOURCES.relativize(source).getName(0).toString();
			String code = read(source);
			if (code.contains("implements JavaMigration") || code.contains("extends ReferenceFileMigration")) {
				continue;
			}
			Matcher string = STRING.matcher(code);
			while (string.find()) {
				String text = (string.group(1) != null) ? string.group(1) : string.group(2);
				Matcher use = TABLE_USE.matcher(text);
				while (use.find()) {
					String table = use.group(2).toLowerCase();
					String owner = owners.get(table);
					boolean publishedRead = published.contains(table) && READS.contains(use.group(1).toUpperCase());
					if (owner != null && !owner.equals(module) && !owner.equals("shared") && !publishedRead) {
						foreign.add(SOURCES.relativize(source) + " uses " + table + " of " + owner);
					}
				}
			}
		}
		assertThat(foreign).as("SQL naming another module's table").isEmpty();
	}

	private Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>();
		for (Path migration : migrations()) {
			String owner = owner(migration.getFileName().toString());
			Matcher create = CREATE.matcher(read(migration));
			while (create.find()) {
				owners.put(create.group(1).toLowerCase(), owner);
			}
		}
		return owners;
	}

	/** The views their owners name in their {@code package-info.java}. */
	private static Set<String> published(Map<String, String> owners) {
		Set<String> published = new TreeSet<>();
		for (Path migration : migrations()) {
			Matcher view = VIEW.matcher(read(migration));
			while (view.find()) {
				String name = view.group(1).toLowerCase();
				Path api = SOURCES.resolve(owners.get(name)).resolve("package-info.java");
				if (Files.exists(api) && read(api).contains("{@code " + name + "}")) {
					published.add(name);
				}
			}
		}
		return published;
	}

	private String owner(String migration) {
		if (EARLIER_NAMES.containsKey(migration)) {
			return EARLIER_NAMES.get(migration);
		}
		String description = migration.replaceFirst("^V[\\d_.]+__", "");
		return this.modules.stream()
			.filter(module -> description.equals(module + ".sql") || description.startsWith(module + "_"))
			.findFirst()
			.orElse(null);
	}

	private static Set<String> modules() {
		Set<String> names = new TreeSet<>(Set.of("shared"));
		ApplicationModules.of(CleanprodApplication.class)
			.stream()
			.map(ApplicationModule::getBasePackage)
			.forEach(base -> names.add(base.getName().substring(base.getName().lastIndexOf('.') + 1)));
		return names;
	}

	private static List<Path> migrations() {
		return MIGRATIONS.stream().flatMap(root -> list(root, ".sql").stream()).toList();
	}

	private static List<Path> sources() {
		return list(SOURCES, ".java");
	}

	private static List<Path> list(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
