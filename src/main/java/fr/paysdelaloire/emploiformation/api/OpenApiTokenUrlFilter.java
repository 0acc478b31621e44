package fr.paysdelaloire.emploiformation.api;

import java.util.LinkedHashMap;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The OAuth2 scheme: an explicit empty {@code scopes} map (OpenAPI requires it; client credentials
 * here need no scope), and, at start-up, the token endpoint of the provider this instance trusts
 * ({@code ef.openapi.token-url}) so that Swagger UI's "Authorize" works against it. Without that
 * setting (tests) the committed contract is served unchanged.
 */
@OpenApiFilter(stages = { OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP })
public class OpenApiTokenUrlFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(ApiDocumentation.OAUTH2);
        if (scheme == null || scheme.getFlows() == null || scheme.getFlows().getClientCredentials() == null) {
            return;
        }
        OAuthFlow flow = scheme.getFlows().getClientCredentials();
        if (flow.getScopes() == null) {
            flow.setScopes(new LinkedHashMap<>());
        }
        Optional<String> tokenUrl = ConfigProvider.getConfig().getOptionalValue("ef.openapi.token-url", String.class);
        tokenUrl.ifPresent(flow::setTokenUrl);
    }
}
