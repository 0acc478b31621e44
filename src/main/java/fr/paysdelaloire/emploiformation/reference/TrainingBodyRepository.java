package fr.paysdelaloire.emploiformation.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrainingBodyRepository implements PanacheRepositoryBase<TrainingBody, String> {

    /**
     * Records the body under its SIRET, or renames it; one statement, so that two lots naming the same
     * new body at once neither fail nor duplicate it.
     */
    public TrainingBody upsert(String siret, String name) {
        getEntityManager().createNativeQuery("""
                insert into training_body (siret, name, updated_at) values (:siret, :name, now())
                on conflict (siret) do update set name = excluded.name, updated_at = excluded.updated_at
                where training_body.name <> excluded.name""")
                .setParameter("siret", siret)
                .setParameter("name", name)
                .executeUpdate();
        TrainingBody body = findById(siret);
        getEntityManager().refresh(body);
        return body;
    }
}
