package org.cleanprod.shared.excel;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.cleanprod.shared.jdbc.Copy;
import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimitExceededException;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every job ends: cancelled within two seconds whatever it is doing (between progress
 * reports, or inside a long SQL statement), failed with a message whatever it throws,
 * failed as interrupted when a stop left it running; and no user starts more jobs than
 * the limits allow.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ImportJobsTests {

	private static final long OWNER = 4242;

	/** Cancel must stop a job within this time, in every phase. */
	private static final Duration CANCEL_WITHIN = Duration.ofSeconds(2);

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void removeJobs() {
		this.jdbc.sql("DELETE FROM import_job WHERE owner_id IN (:owners)")
			.param("owners", java.util.List.of(OWNER, OWNER + 1, OWNER + 2))
			.update();
	}

	@Test
	void aRunningJobStopsWithinTwoSecondsWhenItsOwnerAsks() throws InterruptedException {
		CountDownLatch reported = new CountDownLatch(1);
		AtomicBoolean finished = new AtomicBoolean();
		String id = this.jobs.start("test", OWNER, "rows.csv", ImportJobs.Mode.COMMIT, progress -> {
			progress.rows(ImportJobs.PROGRESS_EVERY, 3 * ImportJobs.PROGRESS_EVERY);
			reported.countDown();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (System.nanoTime() < deadline) {
				progress.rows(ImportJobs.PROGRESS_EVERY + 1, 3 * ImportJobs.PROGRESS_EVERY);
				Thread.onSpinWait();
			}
			finished.set(true);
			return "done";
		});
		assertThat(reported.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.jobs.requestCancel(id, "test", OWNER + 1)).as("not the owner").isFalse();
		assertThat(this.jobs.requestCancel(id, "other", OWNER)).as("another kind").isFalse();
		assertThat(this.jobs.requestCancel(id, "test", OWNER)).isTrue();

		await().atMost(CANCEL_WITHIN).until(() -> !job(id).isRunning());
		ImportJobs.Job job = job(id);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job.errorKey()).isEqualTo("import.error.cancelled");
		assertThat(finished).isFalse();
		assertThat(this.jobs.requestCancel(id, "test", OWNER)).as("no longer running").isFalse();
	}

	/**
	 * A statement that would run for minutes is cancelled from another connection, and
	 * what the job wrote in its transaction before it rolls back.
	 */
	@Test
	void aLongStatementIsCancelledAndItsTransactionWritesNothing() throws InterruptedException {
		CountDownLatch inTransaction = new CountDownLatch(1);
		String marker = UUID.randomUUID().toString();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		String longStatement = Copy.isPostgres(this.dataSource)
				? "SELECT COUNT(*) FROM (SELECT generate_series(1, 1000000000) AS x) s WHERE x % 7 = 3"
				: "SELECT MAX(\"X\" * 2) FROM SYSTEM_RANGE(1, 1000000000)";
		String id = this.jobs.start("test", OWNER, "long.csv", ImportJobs.Mode.COMMIT,
				progress -> transaction.execute(status -> {
					this.jdbc
						.sql("INSERT INTO import_upload (id, kind, owner_id, file_name, sha256, content, created_at)"
								+ " VALUES (:id, 'test', :owner, 'x.csv', 'x', :content, :now)")
						.param("id", marker)
						.param("owner", OWNER)
						.param("content", new byte[] { 1 })
						.param("now", OffsetDateTime.now(ZoneOffset.UTC))
						.update();
					if (Copy.isPostgres(this.dataSource)) {
						// A bound for a failing test: the statement is meant to be
						// cancelled long before.
						this.jdbc.sql("SET LOCAL statement_timeout = '120s'").update();
					}
					progress.phase(ImportJobs.Phase.DUPLICATES);
					inTransaction.countDown();
					return this.jdbc.sql(longStatement).query(Long.class).single();
				}));
		assertThat(inTransaction.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(job(id).phase()).isEqualTo(ImportJobs.Phase.DUPLICATES);
		assertThat(this.jobs.requestCancel(id, "test", OWNER)).isTrue();

		await().atMost(CANCEL_WITHIN).until(() -> !job(id).isRunning());
		assertThat(job(id).errorKey()).isEqualTo("import.error.cancelled");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_upload WHERE id = :id")
			.param("id", marker)
			.query(Long.class)
			.single()).as("rolled back").isZero();
	}

	@Test
	void anErrorSuchAsOutOfMemoryFailsTheJobWithAMessage() {
		String memory = this.jobs.start("test", OWNER, "big.xlsx", ImportJobs.Mode.PREVIEW, progress -> {
			throw new OutOfMemoryError("simulated");
		});
		String stack = this.jobs.start("test", OWNER, "deep.xlsx", ImportJobs.Mode.PREVIEW, progress -> {
			throw new StackOverflowError("simulated");
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> !job(memory).isRunning() && !job(stack).isRunning());
		assertThat(job(memory).status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job(memory).errorKey()).isEqualTo("import.error.outOfMemory");
		assertThat(job(stack).status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job(stack).errorKey()).isEqualTo("error.server.detail");
	}

	@Test
	void aJobLeftRunningByAStopIsFailedAsInterruptedButARunningOneIsNot() throws InterruptedException {
		String left = UUID.randomUUID().toString();
		OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minus(ImportJobs.STALE).minusMinutes(1);
		this.jdbc.sql("""
				INSERT INTO import_job (id, kind, owner_id, file_name, mode, status, created_at, heartbeat_at)
				VALUES (:id, 'test', :owner, 'left.csv', 'PREVIEW', 'RUNNING', :at, :at)
				""").param("id", left).param("owner", OWNER).param("at", longAgo).update();
		CountDownLatch release = new CountDownLatch(1);
		String running = this.jobs.start("test", OWNER, "running.csv", ImportJobs.Mode.PREVIEW, progress -> {
			TestLimits.hold(release);
			return "done";
		});
		this.jdbc.sql("UPDATE import_job SET heartbeat_at = :at WHERE id = :id")
			.param("at", longAgo)
			.param("id", running)
			.update();

		this.jobs.failInterrupted();

		assertThat(job(left).status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job(left).errorKey()).isEqualTo("import.error.interrupted");
		assertThat(job(left).finishedAt()).isNotNull();
		assertThat(job(running).isRunning()).as("runs on this node").isTrue();
		release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> !job(running).isRunning());
		assertThat(job(running).status()).isEqualTo(ImportJobs.Status.DONE);
	}

	@Test
	void aUserCannotRunMoreUploadJobsThanTheLimitAndNothingIsStarted() {
		CountDownLatch release = new CountDownLatch(1);
		long limit = UploadLimit.JOBS_PER_USER.defaultValue();
		java.util.List<String> started = new java.util.ArrayList<>();
		for (int i = 0; i < limit; i++) {
			started
				.add(this.jobs.startUpload("test", OWNER, "f" + i + ".csv", ImportJobs.Mode.PREVIEW, null, progress -> {
					TestLimits.hold(release);
					return "done";
				}));
		}
		assertThatThrownBy(() -> this.jobs.startUpload("test", OWNER, "more.csv", ImportJobs.Mode.PREVIEW, null,
				progress -> "done"))
			.isInstanceOfSatisfying(UploadLimitExceededException.class, ex -> {
				assertThat(ex.limit()).isEqualTo(UploadLimit.JOBS_PER_USER);
				assertThat(ex.arguments()).containsExactly(limit);
			});
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE owner_id = :owner")
			.param("owner", OWNER)
			.query(Long.class)
			.single()).isEqualTo(limit);
		release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> started.stream().noneMatch(id -> job(id).isRunning()));
		String afterwards = this.jobs.startUpload("test", OWNER, "later.csv", ImportJobs.Mode.PREVIEW, null,
				progress -> "done");
		await().atMost(Duration.ofSeconds(30)).until(() -> !job(afterwards).isRunning());
	}

	@Test
	void allUsersTogetherCannotRunMoreUploadJobsThanTheTotalLimit() {
		CountDownLatch release = new CountDownLatch(1);
		long total = UploadLimit.JOBS_TOTAL.defaultValue();
		long running = this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE status = 'RUNNING'")
			.query(Long.class)
			.single();
		java.util.List<String> started = new java.util.ArrayList<>();
		for (long i = running; i < total; i++) {
			started.add(
					this.jobs.startUpload("test", OWNER + (i % 2), "f.csv", ImportJobs.Mode.PREVIEW, null, progress -> {
						TestLimits.hold(release);
						return "done";
					}));
		}
		assertThatThrownBy(() -> this.jobs.startUpload("test", OWNER + 2, "more.csv", ImportJobs.Mode.PREVIEW, null,
				progress -> "done"))
			.isInstanceOfSatisfying(UploadLimitExceededException.class,
					ex -> assertThat(ex.limit()).isEqualTo(UploadLimit.JOBS_TOTAL));
		release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> started.stream().noneMatch(id -> job(id).isRunning()));
	}

	private ImportJobs.Job job(String id) {
		return this.jdbc.sql("SELECT kind, owner_id FROM import_job WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> this.jobs.find(id, rs.getString(1), rs.getLong(2)).orElseThrow())
			.single();
	}

}
