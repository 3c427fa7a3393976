package org.cleanprod.shared.excel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files waiting between preview and commit. Kept in the database, so the commit
 * may reach any application node; only their owner can see them; abandoned uploads go
 * after a day.
 */
@Component
public class ImportUploads {

	static final Duration KEEP = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportUploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An upload: who may use it, what kind of import it is for, the file. */
	public record Upload(String id, String kind, long ownerId, String fileName, String sha256, byte[] content) {
	}

	@Transactional
	public Upload store(String kind, long ownerId, String fileName, byte[] content) {
		Upload upload = new Upload(UUID.randomUUID().toString(), kind, ownerId, fileName, sha256(content), content);
		this.jdbc.sql("""
				INSERT INTO import_upload (id, kind, owner_id, file_name, sha256, content, created_at)
				VALUES (:id, :kind, :owner, :name, :sha, :content, :now)
				""")
			.param("id", upload.id())
			.param("kind", kind)
			.param("owner", ownerId)
			.param("name", fileName)
			.param("sha", upload.sha256())
			.param("content", content)
			.param("now", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.update();
		return upload;
	}

	/** The upload, if it exists, is of this kind and belongs to this user. */
	@Transactional(readOnly = true)
	public Optional<Upload> find(String id, String kind, long ownerId) {
		return this.jdbc.sql("SELECT * FROM import_upload WHERE id = :id AND kind = :kind AND owner_id = :owner")
			.param("id", id)
			.param("kind", kind)
			.param("owner", ownerId)
			.query((rs, row) -> new Upload(rs.getString("id"), rs.getString("kind"), rs.getLong("owner_id"),
					rs.getString("file_name"), rs.getString("sha256"), rs.getBytes("content")))
			.optional();
	}

	/**
	 * Deletes an upload; false when it was already gone. Inside a commit's transaction
	 * this also claims the upload, so a second, concurrent commit of the same file finds
	 * nothing.
	 */
	@Transactional
	public boolean delete(String id) {
		return this.jdbc.sql("DELETE FROM import_upload WHERE id = :id").param("id", id).update() > 0;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void deleteAbandoned() {
		this.jdbc.sql("DELETE FROM import_upload WHERE created_at < :before")
			.param("before", OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)).minus(KEEP))
			.update();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
