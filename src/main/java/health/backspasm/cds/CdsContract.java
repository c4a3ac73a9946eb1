package health.backspasm.cds;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The contract's security for {@code /cds-services}: the calls to a service and its feedback take the
 * EHR's signed JWT as a bearer token (CDS Hooks 2.0; required when {@code backspasm.cds.auth.enabled},
 * as in the Kubernetes manifests), or nothing when authentication is off; discovery is always open.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CdsContract implements OASFilter {

    static final String SCHEME = "CdsJwt";
    private static final String PATH = "/cds-services";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("CDS Hooks 2.0: a JWT signed with the EHR's private key (RS384, ES384 or another"
                        + " asymmetric algorithm), its iss allowlisted, aud this service's URL of the path called,"
                        + " a short exp and a unique jti. Required when the service runs with CDS authentication"
                        + " on (backspasm.cds.auth.enabled, as in the Kubernetes manifests)."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(PATH) || path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                if (op.getKey() == PathItem.HttpMethod.POST) {
                    op.getValue().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
                }
                op.getValue().addSecurityRequirement(OASFactory.createSecurityRequirement());
            }
        }
    }
}
