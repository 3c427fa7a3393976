package org.cleanprod.shared.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.cleanprod.shared.excel.Csv;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.ClassPathResource;

/**
 * A Java migration that loads CSV files shipped under {@code /reference}. Its checksum is
 * that of the files, so Flyway's validation notices a file changed after it ran.
 */
public abstract class ReferenceFileMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	private final List<String> files;

	public ReferenceFileMigration(String version, String description, String... files) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.files = List.of(files);
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (String file : this.files) {
			try (InputStream input = open(file)) {
				crc.update(input.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	protected static List<Map<String, String>> rows(String file) {
		try (InputStream input = open(file)) {
			return Csv.readMaps(input);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String file) throws IOException {
		return new ClassPathResource("reference/" + file).getInputStream();
	}

}
