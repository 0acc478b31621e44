package floor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one trivial endpoint of the framework's floor (scripts/bench/floor/pom.xml). */
@Path("/api/v1/floor")
public class Floor {

    @GET
    @RolesAllowed("employer-platform")
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return "{\"floor\":true}";
    }
}
