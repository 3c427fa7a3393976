package org.cleanprod.shared.upload;

import org.cleanprod.test.PostgresTest;

/** The same pages on PostgreSQL. */
@PostgresTest
class UploadLimitPagesPostgresTests extends UploadLimitPagesTests {

}
