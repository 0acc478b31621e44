package fr.paysdelaloire.emploiformation.intention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fr.paysdelaloire.emploiformation.api.PreparedSql;
import fr.paysdelaloire.emploiformation.support.Lanes;

/**
 * The intake writes with prepared statements instead of Hibernate's entity actions (issue #22, P1): they write every
 * column the entities map, so a column added to an entity and forgotten in the statement fails here, not in
 * production; and a statement still sees the changes pending in the session.
 */
@QuarkusTest
@Tag(Lanes.APPLICATION)
class IntakeStatementsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theIntentionsInsertWritesEveryColumnTheEntityMaps() {
        assertEquals(mapped(HiringIntention.class, true), new TreeSet<>(HiringIntentionRepository.INSERT_COLUMNS));
    }

    @Test
    void theHistorysInsertWritesEveryColumnTheEntityMapsButItsGeneratedId() {
        assertEquals(mapped(IntentionHistoryEntry.class, false), new TreeSet<>(IntentionHistoryRepository.INSERT_COLUMNS));
    }

    @Test
    void aStatementSeesWhatTheSessionHasPendingAndFlushesNothingWhenItHoldsNothing() {
        PreparedSql count = new PreparedSql("select count(*) from hiring_intention where job_title = :title");
        String title = "Titre " + UUID.randomUUID();
        UUID intention = UUID.fromString(fr.paysdelaloire.emploiformation.support.Workflow.intention(
                fr.paysdelaloire.emploiformation.support.Workflow.MANDATAIRE, 1, null));
        QuarkusTransaction.requiringNew().run(() -> {
            Session session = entityManager.unwrap(Session.class);
            assertFalse(PreparedSql.managesAnything(session));
            assertEquals(0L, (long) count.query(entityManager, Map.of("title", title), rows -> rows.next() ? rows.getLong(1) : -1L));
            entityManager.find(HiringIntention.class, intention).jobTitle = title; // pending until a flush
            assertTrue(PreparedSql.managesAnything(session));
            assertEquals(1L, (long) count.query(entityManager, Map.of("title", title), rows -> rows.next() ? rows.getLong(1) : -1L));
        });
    }

    /** The columns Hibernate maps for an entity, its identifier's with them or not. */
    private Set<String> mapped(Class<?> entity, boolean withIdentifier) {
        EntityPersister persister = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(entity);
        Set<String> columns = new TreeSet<>();
        persister.forEachSelectable((index, selectable) -> columns.add(selectable.getSelectionExpression()));
        persister.getIdentifierMapping().forEachSelectable((index, selectable) -> {
            if (withIdentifier) {
                columns.add(selectable.getSelectionExpression());
            } else {
                columns.remove(selectable.getSelectionExpression());
            }
        });
        return columns;
    }
}
