package org.cleanprod.test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimits;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upload limits set for one piece of a test, as an administrator would, and set back to
 * their defaults afterwards; and a latch that holds a job in place.
 */
public final class TestLimits {

	/** Work that may throw, as MockMvc calls do. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

	private final UploadLimits limits;

	private final JdbcClient jdbc;

	public TestLimits(UploadLimits limits, JdbcClient jdbc) {
		this.limits = limits;
		this.jdbc = jdbc;
	}

	/** Runs the work with the limit at a value as entered (megabytes for sizes). */
	public void with(UploadLimit limit, long entered, Work work) throws Exception {
		set(limit, entered);
		try {
			work.run();
		}
		finally {
			set(limit, limit.shown(limit.defaultValue()));
		}
	}

	private void set(UploadLimit limit, long entered) {
		this.limits.update(limit, entered, this.limits.find(limit).version(), new TestUsers(this.jdbc).admin());
	}

	/** A file of this many bytes of one letter: too large, not hostile. */
	public static byte[] filler(int bytes) {
		byte[] content = new byte[bytes];
		java.util.Arrays.fill(content, (byte) 'a');
		return content;
	}

	/**
	 * Waits for the latch (at most a minute): holds a job's work until the test lets go.
	 */
	public static void hold(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
