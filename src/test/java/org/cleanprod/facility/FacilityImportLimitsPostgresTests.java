package org.cleanprod.facility;

import org.cleanprod.test.PostgresTest;

/** The same findings on PostgreSQL. */
@PostgresTest
class FacilityImportLimitsPostgresTests extends FacilityImportLimitsTests {

}
