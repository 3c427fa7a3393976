package org.cleanprod.shared.jdbc;

import java.util.Collection;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background work for many ids, each in a transaction of its own, so that one
 * failure neither rolls back nor stops the others; failures are logged, and reported
 * together at the end, so that the event that asked for the work stays outstanding.
 */
public final class EachInTransaction {

	private static final Logger log = LoggerFactory.getLogger(EachInTransaction.class);

	private final TransactionTemplate transaction;

	public EachInTransaction(PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void run(Collection<Long> ids, LongConsumer work) {
		IllegalStateException failures = null;
		for (long id : ids) {
			try {
				this.transaction.executeWithoutResult(status -> work.accept(id));
			}
			catch (RuntimeException ex) {
				log.error("Background work failed for id {}", id, ex);
				if (failures == null) {
					failures = new IllegalStateException("Background work failed for some ids");
				}
				failures.addSuppressed(ex);
			}
		}
		if (failures != null) {
			throw failures;
		}
	}

}
