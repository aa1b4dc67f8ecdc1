package org.secretariat.persistence;

import java.util.Optional;
import org.hibernate.Session;
import org.secretariat.domain.Organisation;

/** The one organisation row of a data folder; absent until setup. */
public final class OrganisationRepository {

    public Optional<Organisation> find(Session s) {
        return Optional.ofNullable(s.find(Organisation.class, Organisation.SINGLE_ID));
    }

    public void save(Session s, Organisation organisation) {
        s.merge(organisation);
    }
}
