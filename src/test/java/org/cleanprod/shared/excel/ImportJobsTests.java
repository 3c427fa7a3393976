package org.cleanprod.shared.excel;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cleanprod.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A running job stops at its next progress report when its owner asks, and only then. */
@IntegrationTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ImportJobsTests {

	private static final long OWNER = 4242;

	@Autowired
	ImportJobs jobs;

	@Test
	void aRunningJobStopsWhenItsOwnerAsks() throws InterruptedException {
		CountDownLatch reported = new CountDownLatch(1);
		CountDownLatch asked = new CountDownLatch(1);
		boolean[] finished = { false };
		String id = this.jobs.start("test", OWNER, "rows.csv", ImportJobs.Mode.COMMIT, progress -> {
			progress.rows(ImportJobs.PROGRESS_EVERY, 3 * ImportJobs.PROGRESS_EVERY);
			reported.countDown();
			waitFor(asked);
			progress.rows(2 * ImportJobs.PROGRESS_EVERY, 3 * ImportJobs.PROGRESS_EVERY);
			finished[0] = true;
			return "done";
		});
		assertThat(reported.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.jobs.requestCancel(id, "test", OWNER + 1)).as("not the owner").isFalse();
		assertThat(this.jobs.requestCancel(id, "other", OWNER)).as("another kind").isFalse();
		assertThat(this.jobs.requestCancel(id, "test", OWNER)).isTrue();
		asked.countDown();

		await().atMost(Duration.ofSeconds(30)).until(() -> !job(id).isRunning());
		ImportJobs.Job job = job(id);
		assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
		assertThat(job.errorKey()).isEqualTo("import.error.cancelled");
		assertThat(finished[0]).isFalse();
		assertThat(this.jobs.requestCancel(id, "test", OWNER)).as("no longer running").isFalse();
	}

	private ImportJobs.Job job(String id) {
		return this.jobs.find(id, "test", OWNER).orElseThrow();
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
