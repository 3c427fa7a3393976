package org.cleanprod.facility;

import org.cleanprod.test.PostgresTest;

/** The same behaviour on PostgreSQL. */
@PostgresTest
class FacilityImportPostgresTests extends FacilityImportTests {

}
