package fr.paysdelaloire.emploiformation.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The contract as partners' client generators read it (issue #23: a generator's warning about the contract is a defect of
 * the contract). Two shapes SmallRye writes for Java types are taken out:
 * <ul>
 * <li>a {@code $ref} with a {@code type} beside it (a described field of an enum or record type): the type is the
 * referenced schema's to say, and generators drop it with a warning;</li>
 * <li>the components {@code UUID}, {@code OffsetDateTime} and {@code LocalDate}, which are Java's names (a Java client
 * must rename its models, and every language meets a reserved word): each reference to them becomes the string
 * with its format it stands for.</li>
 * </ul>
 * Nothing a client sends or receives changes: the same values, described without indirection.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = -10)
public class GeneratorFriendlySchemas implements OASFilter {

    static final String COMPONENTS = "#/components/schemas/";

    /** The JDK's types SmallRye names as components, and the string each stands for: its format and pattern. */
    static final Map<String, String[]> JAVA_TYPES = Map.of(
            "UUID", new String[] { "uuid", "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}" },
            "OffsetDateTime", new String[] { "date-time", null },
            "LocalDate", new String[] { "date", null });

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            return schema;
        }
        String[] string = ref.startsWith(COMPONENTS) ? JAVA_TYPES.get(ref.substring(COMPONENTS.length())) : null;
        if (string != null) {
            schema.setRef(null);
            schema.setType(List.of(Schema.SchemaType.STRING));
            schema.setFormat(string[0]);
            if (string[1] != null) {
                schema.setPattern(string[1]);
            }
        } else if (schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            JAVA_TYPES.keySet().forEach(openAPI.getComponents()::removeSchema);
        }
    }
}
