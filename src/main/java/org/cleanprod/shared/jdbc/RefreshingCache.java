package org.cleanprod.shared.jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Data that changes rarely and is read on every request, kept in memory: loaded on first
 * use, again after {@link #MAX_AGE} (another node may have edited it) and after every
 * edit made here ({@link #changed()}).
 *
 * @param <T> what is kept
 */
public final class RefreshingCache<T> {

	public static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final Supplier<T> loader;

	private final Clock clock;

	private volatile Loaded<T> loaded;

	public RefreshingCache(Supplier<T> loader, Clock clock) {
		this.loader = loader;
		this.clock = clock;
	}

	public T get() {
		Loaded<T> current = this.loaded;
		Instant now = this.clock.instant();
		if (current == null || current.at().plus(MAX_AGE).isBefore(now)) {
			current = new Loaded<>(now, this.loader.get());
			this.loaded = current;
		}
		return current.value();
	}

	/** Forgets what is kept; the next read loads it again. */
	public void invalidate() {
		this.loaded = null;
	}

	/**
	 * Called by every edit of the data: forgets it now, so the editing transaction reads
	 * its own change, and again when the transaction ends, so that what was read
	 * meanwhile (by this transaction before a rollback, or by another request before the
	 * commit) is not kept.
	 */
	public void changed() {
		invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidate();
				}
			});
		}
	}

	private record Loaded<T>(Instant at, T value) {
	}

}
