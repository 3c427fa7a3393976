package org.cleanprod.test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cleanprod.shared.upload.UploadLimit;
import org.cleanprod.shared.upload.UploadLimits;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Upload limits set for one piece of a test, as an administrator would, and set back to
 * their defaults afterwards; and a latch that holds a job in place. Tests have it
 * injected.
 */
@Component
public final class TestLimits {

	/** Work that may throw, as MockMvc calls do. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

	private final UploadLimits limits;

	private final TestUsers users;

	TestLimits(UploadLimits limits, TestUsers users) {
		this.limits = limits;
		this.users = users;
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
		this.limits.update(limit, entered, this.limits.find(limit).version(), this.users.admin());
	}

	/** What the import pages say of a file past a size limit of 1 MB. */
	public static final String TOO_LARGE = "giới hạn dung lượng tệp tải lên (1 MB)";

	/**
	 * Runs the work with the size limit at 1 MB and an upload to the path of a file past
	 * it (1.1 MB of one letter: too large, not hostile).
	 */
	public void withTooLargeUpload(String path, UploadWork work) throws Exception {
		byte[] content = new byte[1_100_000];
		java.util.Arrays.fill(content, (byte) 'a');
		with(UploadLimit.REQUEST_BYTES, 1, () -> work.run(MockMvcRequestBuilders.multipart(path)
			.file(new MockMultipartFile("file", "lon.csv", "text/csv", content))));
	}

	/** Work on an upload request, as MockMvc calls are. */
	@FunctionalInterface
	public interface UploadWork {

		void run(MockMultipartHttpServletRequestBuilder upload) throws Exception;

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
