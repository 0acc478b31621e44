package fr.paysdelaloire.emploiformation.webhook;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Seals again, bound to their subscription, the signing secrets stored in clear (before the deployment had a key) or
 * sealed before the binding existed. Runs at start-up in every replica: rows are taken {@code FOR UPDATE SKIP LOCKED}
 * and only values not yet bound are touched, so replicas starting together neither wait for each other nor seal twice.
 */
@ApplicationScoped
public class SecretSealer {

    private static final Logger LOG = Logger.getLogger(SecretSealer.class);

    @Inject
    EntityManager em;

    @Inject
    SecretBox secrets;

    /** How many subscriptions had a secret sealed again. */
    @Transactional
    public int sealAll() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, secret, previous_secret from webhook_subscription
                where secret not like 'aesgcm2:%' or (previous_secret is not null and previous_secret not like 'aesgcm2:%')
                for update skip locked""").getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            String secret = (String) row[1];
            String previous = (String) row[2];
            em.createNativeQuery("update webhook_subscription set secret = :secret, previous_secret = :previous where id = :id")
                    .setParameter("secret", SecretBox.needsSealing(secret) ? secrets.seal(secrets.open(secret, id), id) : secret)
                    .setParameter("previous", SecretBox.needsSealing(previous) ? secrets.seal(secrets.open(previous, id), id) : previous)
                    .setParameter("id", id).executeUpdate();
        }
        if (!rows.isEmpty()) {
            LOG.infof("Webhook secrets sealed and bound to their subscription: %d subscriptions", rows.size());
        }
        return rows.size();
    }
}
