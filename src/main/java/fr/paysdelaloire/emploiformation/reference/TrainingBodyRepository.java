package fr.paysdelaloire.emploiformation.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrainingBodyRepository implements PanacheRepositoryBase<TrainingBody, String> {

    /**
     * Records the body under its SIRET, or renames it; one statement, so that two lots naming the same
     * new body at once neither fail nor duplicate it.
     */
    public TrainingBody upsert(String siret, String name, String nda) {
        getEntityManager().createNativeQuery("""
                insert into training_body (siret, name, nda, updated_at) values (:siret, :name, :nda, now())
                on conflict (siret) do update set name = excluded.name, nda = excluded.nda, updated_at = excluded.updated_at
                where training_body.name <> excluded.name or training_body.nda is distinct from excluded.nda""")
                .setParameter("siret", siret)
                .setParameter("name", name)
                .setParameter("nda", nda)
                .executeUpdate();
        TrainingBody body = findById(siret);
        getEntityManager().refresh(body);
        return body;
    }
}
