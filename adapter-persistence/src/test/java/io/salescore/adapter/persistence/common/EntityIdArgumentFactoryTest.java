package io.salescore.adapter.persistence.common;

import io.salescore.adapter.persistence.support.PostgresTestSupport;
import io.salescore.domain.shared.BusinessId;
import io.salescore.domain.shared.SaleId;
import io.salescore.domain.shared.UserId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EntityIdArgumentFactoryTest {

    private final JdbiUnitOfWork tx = PostgresTestSupport.unitOfWork();

    private String typeAndValue(Object value) {
        return tx.read(() -> tx.handle().createQuery("SELECT pg_typeof(:v)::text || ' ' || CAST(:v AS text)")
                .bind("v", value)
                .mapTo(String.class)
                .one());
    }

    @Test
    void an_id_record_binds_as_its_uuid_exactly_as_the_uuid_itself_does() {
        UUID uuid = UUID.randomUUID();
        String asUuid = tx.read(() -> tx.handle().createQuery("SELECT pg_typeof(:v)::text || ' ' || CAST(:v AS text)")
                .bind("v", uuid)
                .mapTo(String.class)
                .one());

        assertThat(asUuid).isEqualTo("uuid " + uuid);
        assertThat(typeAndValue(SaleId.of(uuid))).isEqualTo(asUuid);
        assertThat(typeAndValue(UserId.of(uuid))).isEqualTo(asUuid);
        assertThat(typeAndValue(BusinessId.of(uuid))).isEqualTo(asUuid);
    }

    @Test
    void an_id_record_compares_with_a_uuid_column() {
        UUID uuid = UUID.randomUUID();
        boolean same = tx.read(() -> tx.handle().createQuery("SELECT CAST(:u AS uuid) = :id")
                .bind("u", uuid.toString())
                .bind("id", SaleId.of(uuid))
                .mapTo(Boolean.class)
                .one());

        assertThat(same).isTrue();
    }
}
