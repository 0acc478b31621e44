package fr.paysdelaloire.emploiformation.reference;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class LotRepository implements PanacheRepositoryBase<Lot, String> {

    /** Lots, filtered by sector and by a département they cover (a region-wide lot covers all five). */
    public List<Lot> search(Sector sector, String department) {
        StringBuilder query = new StringBuilder("select distinct l from Lot l join fetch l.mandataire where 1 = 1");
        Parameters parameters = new Parameters();
        if (sector != null) {
            query.append(" and l.sector = :sector");
            parameters.and("sector", sector);
        }
        if (department != null && Territory.isRegional(department)) {
            query.append(" and (:department member of l.departments or :region member of l.departments)");
            parameters.and("region", Territory.REGION);
            parameters.and("department", department);
        } else if (department != null) { // outside the Region: only the lots that list it (§1)
            query.append(" and :department member of l.departments");
            parameters.and("department", department);
        }
        query.append(" order by l.code");
        return find(query.toString(), parameters).list();
    }

    public Optional<Lot> findForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
