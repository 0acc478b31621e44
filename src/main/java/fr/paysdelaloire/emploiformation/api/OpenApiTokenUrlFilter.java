package fr.paysdelaloire.emploiformation.api;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Points the OAuth2 scheme at the token endpoint of the provider this instance trusts
 * ({@code ef.openapi.token-url}), so that Swagger UI's "Authorize" works against it. Without that
 * setting (tests) the committed contract is served unchanged.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiTokenUrlFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional<String> tokenUrl = ConfigProvider.getConfig().getOptionalValue("ef.openapi.token-url", String.class);
        if (tokenUrl.isEmpty() || openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(ApiDocumentation.OAUTH2);
        if (scheme != null && scheme.getFlows() != null && scheme.getFlows().getClientCredentials() != null) {
            scheme.getFlows().getClientCredentials().setTokenUrl(tokenUrl.get());
        }
    }
}
