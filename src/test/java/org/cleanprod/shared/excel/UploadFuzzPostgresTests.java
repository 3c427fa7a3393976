package org.cleanprod.shared.excel;

import org.cleanprod.test.PostgresTest;

/** The same files on PostgreSQL. */
@PostgresTest
class UploadFuzzPostgresTests extends UploadFuzzTests {

}
